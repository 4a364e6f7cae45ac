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
cli-play-goal-missing = 目標がありません: スクリプトに [goal] がないため、手順が成功したことを確かめられません。

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
## システムが英語で報告した原因は、文の後の別の行に cli-error-detail の印を付けてプログラムが加えます。

# $detail: OS またはネットワーク ライブラリが報告した内容 (英語)。
cli-error-detail = システムのメッセージ (英語): { $detail }
# $count: 件数、$path: 記録ファイル。
cli-record-saved = { $count } 件の学習記録を { $path } に保存しました。
# $path: 記録ファイル。
cli-record-not-saved = 学習記録を { $path } に保存できませんでした。
# 結果ダイアログと実行後の標準エラー: 記録ファイルに完了した実行の記録を書き込めなかったとき。
cli-record-why-full = ディスクがいっぱいです
cli-record-why-denied = 書き込む権限がありません
cli-record-why-not-a-file = 通常のファイルではありません
cli-record-why-other = システムが書き込めませんでした
# $path: 記録ファイル、$reason: cli-record-why-… のいずれか、$fallback: 代わりに記録を書き込んだファイル。
cli-record-kept-elsewhere = 学習記録は { $path } に保存されていません ({ $reason })。代わりに { $fallback } に保存しました。トレーナーに伝えてください。
# $path: 記録ファイル、$reason: cli-record-why-… のいずれか。
cli-record-kept-nowhere = 学習記録は { $path } に保存されていません ({ $reason })。ほかの場所にも保存できませんでした。トレーナーに伝えてください。
# $count: 件数、$url: LRS のステートメントのアドレス。
cli-record-sending = { $count } 件の学習記録を { $url } に送信しています… (Ctrl-C で中止できます。記録は未送信のまま残ります)
# $count: 件数、$path: 記録ファイル、$command: 後で送信するコマンド。
cli-record-send-stopped = 送信を中止しました。{ $count } 件の学習記録は未送信のまま { $path } に残っています。後で次のコマンドで送信できます: { $command }
# $count: 件数。
cli-record-send-stopped-unkept = 送信を中止しました。{ $count } 件の学習記録は送信されていません。
# $count: 送信できなかった件数、$url: LRS、$error: 理由 (文)、$path: 記録ファイル、$command: 後で送信するコマンド。
cli-record-send-failed = { $count } 件の学習記録を { $url } に送信できませんでした。{ $error }記録は { $path } に保存されています。後で次のコマンドで送信できます: { $command }
# $url: 指定された値 (ユーザー名とパスワードは *** で表示)。
cli-bad-lrs-url = Learning Record Store の http:// または https:// のアドレスではありません: { $url }
# $url: 指定された値 (ユーザー名とパスワードは *** で表示)。
cli-lrs-credentials-in-url = LRS のアドレスにユーザー名やパスワードを含めることはできません ({ $url })。WALKTHROUGH_LRS_USER と WALKTHROUGH_LRS_PASSWORD で指定してください。
# $url: 指定された値。
cli-lrs-query-in-url = LRS のアドレスにクエリ (?…) やフラグメント (#…) は付けられません: { $url }。xAPI のエンドポイントを指定してください。ステートメントはその /statements に送信されます。
# $value: 指定された値。
cli-lrs-bad-timeout = WALKTHROUGH_LRS_TIMEOUT には 1 以上の整数の秒数を指定してください (指定: { $value })。
# $url: 指定された値 (ユーザー名とパスワードは *** で表示)。
cli-bad-home-page = --home-page (または WALKTHROUGH_HOME_PAGE) には、ユーザー名やパスワードを含まない http:// または https:// のアドレスを指定してください: { $url }
cli-no-data-dir = このユーザーのデータ フォルダーがありません。--records-file PATH か WALKTHROUGH_RECORDS で記録ファイルを指定してください。
# $path: 記録ファイル。
cli-records-unreadable = { $path } の学習記録を読み込めません。
# $path: 記録ファイル。
cli-records-none = { $path } に学習記録はありません。
# $path, $line: 場所。
cli-records-skipped-line = 警告: { $path }:{ $line }: 学習記録ではないため読み飛ばしました。
cli-records-col-trainee = 受講者
cli-records-col-scenario = 手順
cli-records-col-mode = モード
cli-records-col-language = 言語
cli-records-col-score = 得点
cli-records-col-duration = 所要時間
cli-records-col-when = 日時
cli-records-mode-guided = ガイド
cli-records-mode-exam = 試験
# $path: 記録ファイル。
cli-records-sync-nothing = 送信するものはありません。{ $path } に未送信の学習記録はありません。
# $count: 件数、$url: LRS。
cli-records-synced = { $count } 件の学習記録を { $url } に送信しました。
# $count: 件数、$url: LRS、$error: 理由 (文)、$path: 記録ファイル。
cli-records-sync-failed = { $count } 件の学習記録を { $url } に送信できませんでした。{ $error }{ $path } に未送信のまま残ります。

cli-lrs-unreachable = LRS から応答がありません。
# $status: HTTP ステータス コード。
cli-lrs-rejected = LRS から HTTP ステータス { $status } が返されました。
# $status: HTTP ステータス コード。
cli-lrs-unauthorized = LRS が資格情報を拒否しました (HTTP ステータス { $status })。WALKTHROUGH_LRS_USER と WALKTHROUGH_LRS_PASSWORD を確認してください。
# $status: HTTP ステータス コード、$location: 転送先。
cli-lrs-redirected = LRS から HTTP ステータス { $status } で { $location } への転送が返されましたが、学習記録の送信では転送に従いません。転送先のアドレスを指定してください。
# $status: HTTP ステータス コード。
cli-lrs-redirected-nowhere = LRS から HTTP ステータス { $status } (転送) が返されましたが、転送先 (Location) がありません。
# $count: 件数、$url: LRS のステートメントの URL、$error: 理由 (文)。
cli-record-lost = { $count } 件の学習記録を { $url } に送信できず、保存もできませんでした。この記録は失われました。{ $error }
cli-records-col-result = 結果
cli-records-result-completed = 完了
cli-records-result-passed = 合格
cli-records-result-failed = 不合格
cli-records-result-attempted = 中断
# $count: 件数、$path: 記録ファイル。
cli-records-sync-missing = 警告: 未送信の学習記録 { $count } 件が { $path } に見つからないため送信できません。未送信の一覧から外しました。
# $count: 件数、$path: 記録ファイル。
cli-records-sync-missing-kept = 警告: 未送信の学習記録 { $count } 件が { $path } の読み込めた行にありません。読み飛ばした行があるため、未送信のまま残します。
# $path: 未送信の一覧のファイル。
cli-records-pending-not-written = 未送信の学習記録の一覧 { $path } を更新できませんでした。送信済みの記録も一覧に残り、次の同期で再送されます (LRS に保存されるのは 1 件ずつです)。

# $path: コマンド ラインで指定したファイル、$kind: ファイルの代わりにあったもの。
cli-not-a-file = { $path } を読み込めません: { $kind ->
        [directory] フォルダー
        [fifo] FIFO (名前付きパイプ)
        [socket] ソケット
        [device] デバイス
       *[other] 特殊ファイル
    }であり、通常のファイルではありません。

# $path: 記録ファイル。実行の前に表示。理由は次の行に続く。
cli-records-unwritable = 学習記録を { $path } に書き込めません。
# フォルダー、FIFO、デバイスを記録ファイルに使えない理由。
cli-records-not-a-file = 通常のファイルではありません

## walkthrough play --plain

# The page a step starts on; $screen: its title.
cli-play-on = 画面: { $screen }
# An action on one row of a list; $action: the action as above; $row: the app password's name.
cli-action-in-row = 「{ $row }」の行で { $action }

## 学習記録: LRS の応答と記録ファイルの内容。
# $count: 従った転送の数、$location: 最後の転送先。
cli-lrs-too-many-redirects = { $count } 回の転送に従った後も LRS が転送を続けました (最後の転送先: { $location })。ステートメントを受け付けるアドレスを指定してください。
cli-lrs-conflict = LRS から HTTP ステータス 409 (Conflict) が返されました。同じ ID の別のステートメントが LRS に既にあります。この記録は保存されていません。LRS の管理者に確認してください。
# $status: HTTP ステータス コード、$type: 応答の種類 (Content-Type)、$start: 応答の先頭 (制御文字はエスケープ)。
cli-lrs-not-stored = 応答 (HTTP ステータス { $status }、{ $type }) は LRS のものではありません。ステートメントを保存したと示していません。応答の先頭: { $start }
cli-lrs-empty-answer = (なし)
cli-lrs-no-content-type = Content-Type なし
# $count: 件数、$url: LRS が受け付けた URL、$from: 送信先に指定した URL。
cli-records-synced-redirected = { $count } 件の学習記録を { $url } に送信しました (LRS が { $from } から転送しました。次からはそのアドレスを指定してください)。
# $path: 記録ファイル、$id: ステートメント ID、$first: 採用した行、$lines: ほかの行、$count: ほかの行の数。
cli-records-repeated-id = 警告: { $path }: ステートメント { $id } が { $first } 行目と、ほかの { $count } 行 ({ $lines } 行目) にあります。{ $first } 行目のものを 1 件として表示します。
# $path: 指定された記録ファイル。
cli-records-file-missing = 記録ファイル { $path } がありません。--records-file (または WALKTHROUGH_RECORDS) を確認してください。ガイド付きの実行や試験で作成されます。
cli-trainee-blank = --trainee には空白だけでない名前を指定してください。
# $reason: LRS の応答 (文)、$url: 転送先で応答した URL。
cli-lrs-answer-after-redirect = { $reason }LRS が記録を転送した先 { $url } からの応答です。
# OS が原因を報告したエラー (cli-error-detail が別の行に続きます)。$path: ファイルまたはフォルダー。
cli-cannot-read-path = { $path } を読み込めません。
cli-cannot-write-path = { $path } に書き込めません。
cli-terminal-failed = 端末を使用できませんでした。
cli-output-failed = 出力を書き込めませんでした。
# 記録を保存できなかった理由: 別のプログラムが記録ファイルを 5 秒間ロックしていた、または待機中にプログラムが停止された。
cli-record-why-locked = 別のプログラムがファイルをロックしたままでした
# $path: --records-file で指定した記録ファイル、$kind: ファイルではなく何であるか。実行の前に表示。
cli-records-special-file = 学習記録を { $path } に書き込めません: { $kind ->
        [directory] フォルダー
        [fifo] FIFO (名前付きパイプ)
        [socket] ソケット
        [device] デバイス
       *[other] 特殊ファイル
    }であり、通常のファイルではありません。
# $path: $flag (--scenarios、--locales、--portals) で指定した、存在しないフォルダー。
cli-folder-missing = { $flag } で指定したフォルダー { $path } は存在しません。
# 終わった実行の記録が、別のプログラムがロックしている記録ファイルを待つ間 (最大 5 秒)、画面の最終行に表示。
cli-record-waiting = 学習記録を保存しています: 別のプログラムが記録ファイルをロックしています。最大 5 秒待ちます…

## --locales のフォルダーの代替言語に、同梱のメッセージがないとき。
# $folder: --locales のフォルダー。$language: 代替言語 (en-US)。
# $count, $total: 数。$example: ないメッセージ ID の一例。
cli-note-locales-missing = 注意: { $folder } の { $language } には、このプログラムの { $total } 個のメッセージのうち { $count } 個がありません (例: { $example })。それらは [メッセージ ID] と表示されます。同梱の locales/{ $language } フォルダーをコピーして変更してください。

## play で、手順の文がネゴシエートした言語にないとき。
# $lang: 手順の文の言語。
cli-play-in-texts-language = 注意: この手順の文は { $lang } にしかないため、{ $lang } で表示します (--lang で選べます)。
