## プログラム自体についてのメッセージ (コマンド ラインとターミナル UI)。

# `walkthrough list` の一覧 (シナリオ ID とタイトル) の見出し。
ui-list-heading = 練習できる手順:
# $requested: 指定された言語、$using: 代わりに使う言語。
i18n-language-unavailable = { $requested } は使用できません。{ $using } を使います。
# $requested: --lang に指定された値。
i18n-bad-language = `{ $requested }` は言語タグではありません。en-US や ja-JP のように指定してください。
