## walkthrough import: 書かれた手順の記事から下書きのシナリオを作ります。

## この言語の記事が使う語 (インポーターが読みます。表示はしません)。
## 候補は | で区切ります。長い語句が短い語句より優先されます。

import-words-top-right = 右上隅 | 右上
import-words-top-left = 左上隅 | 左上
import-words-top = 上部 | 画面の上 | ページの上 | ページ上部 | 画面上部
import-words-left = 左側 | 左 | ナビゲーション ウィンドウ | ナビゲーション ペイン | 左のメニュー | 左側のメニュー
import-words-right = 右側 | 右
import-words-bottom = 下部 | 画面の下 | ページの下 | 左下 | 右下 | 左下隅 | 右下隅
import-words-dialog = ダイアログ | ポップアップ
import-words-taskbar = タスク バー | タスクバー
# 位置の語を含むが、位置ではない語句。
import-words-not-location = 右クリック | 左クリック
# 何かをするように求める語。
import-words-act = 選択 | 選び | 選んで | クリック | 押 | タップ | 開いて | 移動
import-words-type = 入力 | 名前を付け
import-words-paste = 貼り付け | ペースト
import-words-copy = コピー
# 何も求めず、表示されるものを述べる語。
import-words-describe = 表示され | 表示します | 開きます | 現れ
import-icon-suite-settings = 歯車 | 歯車アイコン | 歯車のアイコン | ギア | ウィジェット | 設定ウィジェット
import-words-filler = を | で | に | の順に | の順で | の | アイコン | ボタン | リンク | タブ | メニュー | ウィジェット
import-words-sign-in = サインイン | ログイン | ログオン
# ラベルの前にあり、それを操作の対象ではなく場所にする語(英語の under など。日本語では後ろに付く)。
import-words-place-before = {""}
import-words-place-in = {""}
import-words-place-noun = {""}
# ラベルの直後にあり、それを場所または条件にする語。
import-words-place-after = の下に | の下の | の下で | の下にある | の横の | の横に | の横にある | の隣の | の隣に | の右の | の左の | の一覧 | の中から | の中の | の画面 | 画面で | 画面が | のページ | ページで | がありましたら | があれば | がある場合 | が表示されたら | の欄 | の「 | の［ | の[ | ポータル | にサインイン | にログイン | にログオン

## import が表示する内容。

# $lang: 言語タグ。$how: 選んだ方法。
import-language = 記事の言語: { $lang } ({ $how ->
    [flag] --lang による
    [tag] 記事の ms.locale による
    [script] 記事の文字による
    [script-not-flag] 記事の文字による。--lang はメッセージの言語だけを決めます
    [labels] 記事が挙げるポータルのラベルの言語
   *[default] 既定の言語
})
# $n: 記事の中の手順の番号。$title: 見出し。$id: 下書きの ID。
import-procedure = 手順 { $n }: { $title } → { $id }
# $steps: ステップ数。$resolved: 解決したステップ数。
import-procedure-summary = { $steps } ステップ、うち { $resolved } を解決
# $n: ステップ番号。$reason: 解決できなかった理由。
import-step-unresolved = ステップ { $n }: UNRESOLVED: { $reason }
# $n: ステップ番号。$note: インポーターがしたこと。
import-step-note = ステップ { $n }: { $note }
# $line: 記事の行。
import-empty-step = { $line } 行目: 本文のない番号付き項目です。除きました
# $n: 手順の番号; $title: 見出し; $explained, $steps: ポータルで説明できるステップ数と全ステップ数; $not_found: ポータルにないラベル。
import-elsewhere = 手順 { $n } ({ $title }) はこのポータルの手順ではありません: { $steps } ステップのうち説明できるのは { $explained } ステップで、{ $not_found } という名前のものはポータルにありません。下書きは書きません。
import-elsewhere-unexplained = 手順 { $n } ({ $title }) はこのポータルの手順ではありません: { $steps } ステップのうち説明できるのは { $explained } ステップだけです。下書きは書きません。
# $n: 手順の番号。$title: 見出し。
import-skipped = 手順 { $n } ({ $title }) はポータルの何も挙げていません。下書きは作りませんでした。
# $path: 書き込んだファイル。
import-wrote = { $path } を書き込みました
import-check-heading = 下書きをポータルと照合した結果 (walkthrough check):
# $dir: 下書きのフォルダー。
import-next = 各下書きを見直し (UNRESOLVED を検索)、ヒントを書いてから試してください: walkthrough --lang { $lang } --scenarios { $dir } run { $id }

## インポーターがしたこと (TOML のコメントと表示)。ラベルは記事の言語です。

import-note-sign-in-added = 先にサインインします。本文には書かれていませんが、サインインしないと何にも届きません
# $labels: クリックするラベル。
import-note-route = 先に { $labels } をクリックします。本文にはありませんが、目的の要素に届くためにポータルが必要とします
# $labels: クリックするラベル。$next: それを必要とするステップ。
import-note-for-next = { $labels } もクリックします。ステップ { $next } の目的の要素に届くために必要です
# $label: ボタン。
import-note-submit = 入力した内容を送るために「{ $label }」もクリックします
# $label: 入力欄。
import-note-field = 画面で唯一の入力欄「{ $label }」に入力します。本文は入力欄を挙げていません
# $label: 入力欄。
import-note-paste = この画面にいちばん近い入力欄「{ $label }」に貼り付けます。本文は入力欄を挙げていません
# $labels: 入力欄を開くクリック。$label: 入力欄。
import-note-paste-opened = { $labels } をクリックし、この画面にいちばん近い入力欄「{ $label }」に貼り付けます。本文は入力欄を挙げていません
# $quote: 本文が引用する語。$label: それと読んだラベル。
import-note-near-quote = 本文は「{ $quote }」と引用しています。ラベル「{ $label }」と読みました
import-note-typed = 「{ $label }」に「{ $value }」と入力します([params] の名前)
import-note-named-otherwise = 本文は「{ $name }」と書いていますが、製品のラベルは「{ $label }」です
import-note-named-absent = 本文が挙げる「{ $name }」は、ポータルにありません
# $claimed, $actual: 位置。$label: 対象。
import-note-location = 本文は「{ $claimed }」と書いていますが、「{ $label }」は「{ $actual }」にあります
# $label: 本文が挙げるラベル。$next: 後のステップ。
import-note-left-to-next = 本文は「{ $label }」も挙げていますが、それも挙げるステップ { $next } に任せます
# $name: アプリ パスワードの名前。
import-note-row = [params] の名前のアプリ パスワード「{ $name }」の行を操作します
import-note-describes = 表示される内容を述べるだけです。操作はありません
# $step: 前のステップ。
import-note-repeats = ステップ { $step } と同じ指示で、すでに済んでいます: 読むだけのステップです (2 回はクリックしません)
# $labels: 入力したフィールドとクリックしたボタン。
import-note-left-out = 先に { $labels } が必要ですが (名前の入力とフォームの送信)、本文に書かれていません: 追加しました
import-back = 戻る

## ステップを解決できなかった理由。

# $screen: 画面のタイトル。
import-unresolved-nothing = 本文は画面「{ $screen }」にも、その近くにもあるものを何も挙げていません
# $label: ラベル。$elements: 当てはまる要素。
import-unresolved-ambiguous = 「{ $label }」は { $elements } のどれとも取れます
# $label: ラベル。$screen: 画面のタイトル。
import-unresolved-unreachable = 画面「{ $screen }」から「{ $label }」に届きません
# $label: ラベル。$refusal: ポータルの説明。
import-unresolved-refused = ポータルが「{ $label }」を受け付けません: { $refusal }
import-unresolved-paste = 本文は貼り付けるように書いていますが、近い入力欄が 1 つに決まりません
import-unresolved-nothing-copied = 貼り付けるように書かれていますが、まだ何もコピーされていません
# $question: ポータルの確認の問い。$answer: 確定するボタン。
import-unresolved-unconfirmed = ポータルはこのあと「{ $question }」と確認し、「{ $answer }」が必要ですが、本文はそれに触れていません。手順は完了せず、目標に達しません
import-unresolved-no-goal = この手順は目標として確かめられる変化を何も起こしません。[goal] を手で書いてください
import-unresolved-absent = 本文が途中の手順として挙げる「{ $label }」は、ポータルにありません

## 下書きのファイル。

# $file: 記事。$n: 手順の番号。$title: 見出し。
import-toml-header = walkthrough import が { $file } の手順 { $n } から書いた下書き: { $title }
import-toml-review = 各ステップを製品と照らして見直してください。UNRESOLVED は手で仕上げるステップの印です。
# $path: ステップの本文のファイル。
import-toml-texts = ステップの本文とヒント: { $path }
import-toml-goal = 下書き自身を実行したとき、最後にポータルが示した状態。
import-toml-goal-unreached = 手順が目指すもの。この下書き自身の実行では達しません(UNRESOLVED のステップを参照)。
# $n: 実行が止まったステップ。
import-toml-no-goal = ゴールなし: 下書きの実行はステップ { $n } で止まりました。
# $file: 記事。
import-ftl-header = 記事の言葉そのまま ({ $file } から取り込み): 各ステップの本文は記事のものです。
import-ftl-hints = 各 .hint を書いてください: 正しい案内で、訓練生が求めたときに表示されます。
import-ftl-task = 試験モードで表示する 1 行の課題: 指示の形に書き直してください。
import-hint-placeholder = TODO: このステップの正しい案内を書いてください。

## エラー (終了コード 2)。

# $path: ファイル。$error: システムの説明。
import-error-read = { $path } を読めません: { $error }
# $path: ファイル。
import-error-binary = { $path } はテキストの記事ではありません。バイナリ データか、UTF-8 でないテキストです。
# $path: ファイル。
import-error-empty = { $path } は空です。
# $path: パス。
import-error-not-a-file = { $path } は通常のファイルではありません (フォルダー、パイプ、デバイス): 記事のファイルを指定してください。
# $path: ファイル; $line: 行; $size: 大きさ; $limit: 上限。
import-error-too-large = { $path }:{ $line }:1: 記事の大きさは { $size } バイトです。import が読める記事は { $limit } バイト (1 MiB) までです。
import-error-step-too-long = { $path }:{ $line }:1: このステップは { $size } 文字あります。ステップは { $limit } 文字までです。リスト項目の終わりが抜けていないか、手順の記事かどうかを確認してください。
import-error-heading-too-long = { $path }:{ $line }:1: この見出しは { $size } 文字あります。見出しは { $limit } 文字までです。
import-error-too-many-steps = { $path }:{ $line }:1: 記事には番号付きのステップが { $size } 個あります。import が読めるのは { $limit } 個までです。記事を分けてください。
# $path: ファイル。
import-error-no-steps = { $path } には番号付きのステップがありません。各手順のステップを見出しの下に、番号付きリスト (1. …) か <ol><li>…</li></ol> で書いてください。
# $path: ファイル。$lang: 読んだ言語。
import-error-not-a-procedure = { $path } には番号付きのステップがありますが、どれも Office 365 ポータルの何も挙げていません ({ $lang })。walkthrough が再現できる手順ではありません。
# $lang: 求められた、または記事の言語。$available: ある言語。
import-error-unknown-language = walkthrough には記事の言語 { $lang } のポータルのラベルがありません。ある言語: { $available }。--lang で選んでください。
# $path: ファイルまたはフォルダー。$error: システムの説明。
import-error-write = { $path } に書き込めません: { $error }
# $path: ファイル。
import-error-exists = { $path } はすでにあります。別の --out フォルダーを選ぶか、--force を付けて上書きしてください。
# $error: 問題。
import-error-draft = 下書きを作れませんでした: { $error }

## バージョン: 手順がどの製品モデルを説明しているか (`import --portal`、`check --portal`)。

versions-count = { $model }: { $steps } ステップ中 { $explained }
versions-describes = 手順 { $n } ({ $title }) が説明しているのは { $models } です ({ $counts })
versions-describes-alike = 手順 { $n } ({ $title }) が説明しているのは { $models } で、どれも同じです ({ $counts })
versions-describes-none = 手順 { $n } ({ $title }) はどのモデルも説明していません ({ $counts })
versions-step-first = ステップ { $step }: { $model } では、先に { $labels } があります
versions-step-direct = ステップ { $step }: { $model } では、前に何もありません ({ $labels } はありません)
versions-step-absent = ステップ { $step }: { $model } には { $labels } というものはありません
versions-step-left-out = ステップ { $step }: { $model } では、先に { $labels } の入力や送信が必要ですが、本文には書かれていません
versions-step-misses = ステップ { $step }: { $model } では、{ $reason }
versions-unknown-model = 製品モデル「{ $id }」はありません。モデル: { $known }
versions-unknown-model-near = 製品モデル「{ $id }」はありません (「{ $near }」のことですか?)。モデル: { $known }

# $labels: クリックするラベル。$from, $to: たどれなかった経路を書いた前のステップ。
import-note-route-instead = 先に { $labels } をクリックします。ステップ { $from }–{ $to } の経路はポータルにないため、ポータルでの経路をたどります

## 前の動詞にもう一つのコントロールをつなぐ言葉 (| で区切る)。表示しない。
import-words-and-then = 次に | それから
# $labels: クリックするラベル。$step: たどれなかった経路を書いた前のステップ。
import-note-route-instead-one = 先に { $labels } をクリックします。ステップ { $step } の経路はポータルにないため、ポータルでの経路をたどります

# すでに済んだ画面 (サインイン済みでの「サインイン」) を名指すステップ。
import-note-already-there = 「{ $label }」を挙げていますが、すでに済んでいます (ポータルはその先にあります): 何もしません

# 前の手順の続きである手順。
import-note-carries-on = 手順 { $procedure } (「{ $title }」) の続きです: この下書きが単独で動くよう、その { $steps } ステップを先に置きます

# 後のステップがそれなしでしか続かないため、行わなかった操作。
import-note-left-undone = 「{ $label }」も挙げていますが、行いません: 後のステップはそれなしでしか続きません

## 動詞の直前にあって、その動詞を目的にする言葉 (| で区切る)。日本語では目的は動詞の後 (「開くには」) に来るため、なし。表示しない。
import-words-purpose = {""}
