## walkthrough play: エンジンが実行する各ステップ。

# $n: ステップ番号、$total: ステップ数、$text: ステップの本文。
cli-play-step = ステップ { $n }/{ $total }: { $text }
cli-play-no-action = (操作なし: このステップは表示される内容の説明のみです)
# $screen: ステップ終了時の画面のタイトル。
cli-play-now-on = → { $screen }
# $screen: ステップ終了時の画面、$expected: スクリプトが期待した画面。
cli-play-unexpected-screen = → { $screen } (スクリプトの期待: { $expected })
# $n: ステップ番号、$error: 何が起きたか。
cli-play-stopped = ステップ { $n } で停止: { $error }
cli-play-goal-met = 目標を達成しました。
cli-play-goal-not-met = 目標は達成されていません。

## play が説明する操作。$label: 要素のラベル。

cli-action-click = 「{ $label }」をクリック
# $text: 入力する文字 (マスクされた欄は黒丸)。
cli-action-type = 「{ $label }」に「{ $text }」と入力
cli-action-clear = 「{ $label }」を消去
cli-action-copy = 「{ $label }」をコピー
cli-action-paste = 「{ $label }」に貼り付け
cli-action-submit = 「{ $label }」で Enter キーを押す
cli-action-back = 戻る

## walkthrough run とスタート メニュー。

cli-needs-terminal = walkthrough run とスタート メニューには端末が必要です。テキストで見るには walkthrough play SCENARIO を使ってください。
