## walkthrough check: 手順の文章についての指摘。

check-no-findings = 指摘はありません。
# $n: ステップ番号、$id: ステップの ID。
check-step-heading = ステップ { $n } ({ $id })
check-scenario-heading = 手順全体
check-error = エラー
check-warning = 警告
# $fix: 直し方。
check-fix = 修正: { $fix }
# $errors, $warnings: 件数。
check-summary = エラー { $errors } 件、警告 { $warnings } 件

## 指摘の種類ごとに、説明と直し方。

check-target-not-on-screen = このステップは「{ $label }」({ $element }) を操作しますが、ステップ開始時の画面 ({ $screen }) にはありません。
check-target-not-on-screen-fix = { $click ->
    [none] 「{ $label }」が画面にあるようにステップの順序を直してください。
   *[other] 先に「{ $click }」をクリックする操作を、このステップか前のステップに加えてください。
}
check-script-refused = ポータルがこのステップを拒否しました: { $refusal }
check-script-refused-fix = スクリプトが入力する値 (fixture または params) を直してください。
check-ambiguous-target = 「{ $label }」はこの画面の 2 つのコントロール ({ $element } と { $other }) のラベルです。
check-ambiguous-target-fix = 2 つのラベルを区別するか、どちらを指すかを書いてください。
check-unexpected-screen = このステップの後の画面は { $actual } で、スクリプトが期待する { $expected } ではありません。
check-unexpected-screen-fix = ステップの操作か expect を直してください。
check-goal-not-met = 手順が目標に達しません: 最後に { $condition } が成り立ちません。
check-goal-not-met-fix = 足りないステップを加えるか、目標を直してください。
check-missing-message = メッセージ { $id } が { $locale } にありません。
check-missing-message-fix = { $locale } のロケール ファイルに { $id } を加えてください。
check-quote-not-a-label = 本文が引用している「{ $quote }」は、このステップで操作するどの要素のラベルでもありません。
check-quote-not-a-label-fix = { $nearest ->
    [none] 画面の表示どおりにラベルを引用してください。
   *[other] 画面の表示どおりに引用してください:「{ $nearest }」。
}
# $label, $element: コントロール。$first: 本文が挙げるコントロールより前なら yes。
check-unmentioned-action = { $first ->
    [yes] このステップでは先に「{ $label }」が必要ですが、本文に書かれていません。
   *[no] このステップでは「{ $label }」のクリックも必要ですが、本文に書かれていません。
}
check-unmentioned-action-fix = 「{ $label }を選択」をステップに加えてください。
# $field: フィールドのラベル; $submit: フォームのボタン、または none。
check-unmentioned-input = このステップでは先に「{ $field }」の入力{ $submit ->
    [none] {""}
   *[other] と「{ $submit }」
}が必要ですが、本文に書かれていません。
check-unmentioned-input-fix = 抜けている手順を加えてください:「{ $field }」を入力{ $submit ->
    [none] {""}
   *[other] し、「{ $submit }」を選択
}。
check-location-mismatch = 本文は位置を「{ $claimed }」と書いていますが、「{ $label }」は「{ $actual }」にあります。
check-location-mismatch-fix = 「{ $claimed }」を「{ $actual }」に直してください。
check-names-later-target = 本文がステップ { $later } の対象「{ $quote }」を挙げているため、同じ指示が 2 回出てきます。
check-names-later-target-fix = 「{ $label }」はステップ { $later } に任せてください。
check-changes-nothing = このステップでは画面が何も変わりません。
check-changes-nothing-fix = 前のステップに注記としてまとめてください。
check-repeats-step = このステップはステップ { $step } と同じ指示を繰り返していて、何もしません。
check-repeats-step-fix = 削除するか、ステップ { $step } にまとめてください。
# $reason: why the importer could not work out the step.
check-unresolved-step = ステップ スクリプトでこのステップは UNRESOLVED (未解決) とされています: { $reason }
check-unresolved-step-fix = 製品に合わせてこのステップの操作を手で書き、UNRESOLVED のコメントを消してください。
check-stray-characters = 本文に不要な文字があります:「{ $snippet }」。
check-stray-characters-fix = 「{ $snippet }」を削除してください。
check-locales-disagree = この本文は { $quotes } を引用していますが、{ $other } の本文は { $other_quotes } を引用しています。
check-locales-disagree-fix = どの言語でも同じコントロールを引用してください。

## 手順の文章が使う位置。

location-top-left = 左上
location-top-right = 右上
location-top = 上部
location-left = 左側
location-right = 右
location-bottom = 下部
location-main = 中央
location-dialog = ダイアログ
location-taskbar = タスク バー

## 記事がラベルの語の代わりに使う語 (引用がどのラベルを指すかを探すときに読みます。表示はしません):
## 「記事の語 = 製品の語」を | で区切ります。
check-words-equivalent = アプリケーション = アプリ | 検証 = 確認 | 新規作成 = 作成 | 新規 = 作成 | オプション = 設定
# $locales: 確認した言語(コンマ区切り)。
check-locales-from-folders = { $locales } で確認しました: スクリプトの横にあるステップ テキストの言語です(ほかの言語は --lang で指定します)。

# $words: 本文が引用せずに挙げるコントロールの言葉。$nearest: 製品のラベル (なければ none)。
check-name-not-a-label = { $nearest ->
    [none] 本文は「{ $words }」を操作するよう書いていますが、製品にはありません。
   *[other] 本文は「{ $words }」を操作するよう書いていますが、製品のラベルは「{ $nearest }」です。
}
check-name-not-a-label-fix = { $nearest ->
    [none] 製品にあるコントロールを、画面の表示どおりのラベルで挙げてください。
   *[other] 画面の表示どおりに挙げてください:「{ $nearest }」。
}
