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
# $limit: 指定された秒数。
cli-time-limit-needs-exam = --time-limit は試験用です。--mode exam を付けてください (指定: --time-limit { $limit })。
# $flag: --trainee などのオプション、$command: その前に書かれたサブコマンド。
cli-option-after-command = コマンドの前の { $flag } はスタート メニュー用です。コマンドの後に付けてください: walkthrough { $command } … { $flag }
# $flag: --trainee などのオプション、$command: サブコマンド。
cli-option-not-for-command = { $flag } はスタート メニューと walkthrough run 用です。walkthrough { $command } には使えません。

## 学習記録 (xAPI ステートメント): run、スタート メニュー、walkthrough records。

# $path: 記録ファイル。
cli-record-saved = 学習記録を { $path } に保存しました。
# $path: 記録ファイル、$error: 失敗の理由。
cli-record-not-saved = 学習記録を { $path } に保存できませんでした: { $error }
# $url: Learning Record Store のステートメントの URL。
cli-record-sent = 学習記録を { $url } に送信しました。
# $url: LRS、$error: 理由、$path: 記録ファイル、$endpoint: 指定された URL。
cli-record-send-failed = 学習記録を { $url } に送信できませんでした ({ $error })。記録は { $path } に保存されています。後で次のコマンドで送信できます: walkthrough records --sync { $endpoint }
# $url: 指定された値。
cli-bad-lrs-url = Learning Record Store の http:// または https:// のアドレスではありません: { $url }
cli-no-data-dir = このユーザーのデータ フォルダーがありません。--records-file PATH か WALKTHROUGH_RECORDS で記録ファイルを指定してください。
# $path: 記録ファイル、$error: 読めない理由。
cli-records-unreadable = { $path } の学習記録を読み込めません: { $error }
# $path: 記録ファイル。
cli-records-none = { $path } に学習記録はありません。
# $path, $line: 場所、$reason: その行の問題。
cli-records-skipped-line = 警告: { $path }:{ $line }: 学習記録ではないため読み飛ばしました ({ $reason })
cli-records-col-trainee = 受講者
cli-records-col-scenario = 手順
cli-records-col-mode = モード
cli-records-col-language = 言語
cli-records-col-score = 得点
cli-records-col-duration = 所要時間
cli-records-col-when = 日時
cli-records-mode-guided = ガイド
cli-records-mode-exam = 試験
cli-records-sync-nothing = 送信するものはありません。すべての学習記録は送信済みです。
# $count: 件数、$url: LRS。
cli-records-synced = { $count } 件の学習記録を { $url } に送信しました。
# $count: 件数、$url: LRS、$error: 理由。
cli-records-sync-failed = { $count } 件の学習記録を { $url } に送信できませんでした ({ $error })。未送信のまま残ります。

# $reason: 接続で報告された内容。
cli-lrs-unreachable = 応答がありません: { $reason }
# $status: HTTP ステータス コード。
cli-lrs-rejected = HTTP ステータス { $status } が返されました
# $url: LRS のステートメントの URL、$error: 理由。
cli-record-lost = 学習記録を { $url } に送信できず ({ $error })、保存もできませんでした。この記録は失われました。
cli-records-col-result = 結果
cli-records-result-completed = 完了
cli-records-result-passed = 合格
cli-records-result-failed = 不合格
cli-records-result-attempted = 中断
# $count: 件数、$path: 記録ファイル。
cli-records-sync-missing = 警告: 未送信の学習記録 { $count } 件が { $path } に見つからないため送信できません。未送信の一覧から外しました。

## walkthrough play --plain

# The page a step starts on; $screen: its title.
cli-play-on = 画面: { $screen }
# An action on one row of a list; $action: the action as above; $row: the app password's name.
cli-action-in-row = 「{ $row }」の行で { $action }
