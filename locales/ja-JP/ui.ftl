## プログラム自体についてのメッセージ。

# $requested: 指定された言語、$using: 代わりに使う言語。
i18n-language-unavailable = { $requested } は使用できません。{ $using } を使います。
