## プログラム自体についてのメッセージ (コマンド ラインとターミナル UI)。

# $requested: 指定された言語、$using: 代わりに使う言語。
i18n-language-unavailable = { $requested } は使用できません。{ $using } を使います。
# $requested: --lang に指定された値。
i18n-bad-language = `{ $requested }` は言語タグではありません。en-US や ja-JP のように指定してください。
