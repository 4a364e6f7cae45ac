# ターミナル画面（crates/tui）自身の文言: ガイド欄、キー、メニュー、
# スタート メニュー、完了画面、画面が小さすぎるときの案内。

## ガイド欄

# The guide panel's title: the procedure, and the mode it runs in.
tui-guide-title = { $title } · { $mode }
tui-step-of = 手順 { $n } / { $count }
tui-all-done = 全 { $count } 手順が完了しました
tui-mode-guided-badge = ガイド
tui-mode-demo-badge = デモ
tui-mode-exam-badge = 試験
tui-keys-guided = Tab/Shift+Tab 移動 (タスクバーも) · Enter 選択 · Ctrl+C/V コピー/貼付け · Alt+← 戻る · F1 ヒント · F2 言語 · Esc メニュー
tui-keys-read = F3 次へ · F1 ヒント · F2 言語 · Esc メニュー · q 終了
tui-keys-demo = Space 一時停止 · → 次へ · F2 言語 · Esc メニュー · q 終了
tui-keys-demo-over = Enter 閉じる · F2 言語 · Esc メニュー · q 終了
tui-keys-done = ←→ 選ぶ · Enter 決定
# Within a key's entry, no-break spaces: a long line wraps between entries only.
tui-keys-exam = Tab/Shift+Tab 移動 (タスクバーも) · Enter 選択 · Ctrl+C/V コピー/貼付け · Alt+← 戻る · F1 ヒント (減点) · F2 言語 · F4 提出 · Esc メニュー

## 試験: 課題だけを示し、最後に結果を出す

# 試験で課題の上に出す見出し。
tui-exam-task = 課題
# $minutes, $seconds (2 桁): 試験終了までの残り時間。
tui-exam-time-left = 残り時間: { $minutes }:{ $seconds }
tui-exam-result-title = 試験の結果
# $scenario: 手順のタイトル。
tui-exam-summary = 試験:「{ $scenario }」
tui-exam-passed = 合格です。目的を達成しました。
tui-exam-failed = 不合格です。目的を達成していません。
tui-exam-time-up = 時間切れです。目的を達成していません。
# $score: 0 から 100。
tui-exam-score = 得点: { $score } / 100

## 手順の下に出る案内

tui-note-hint = ヒント: { $hint }
tui-note-no-hint = この手順にヒントはありません。▶ ◀ の付いた項目を操作してください。
tui-note-read = この手順を読んだら F3 キーで次へ進みます。
tui-note-way-back-create-again = このアプリ パスワードはもう表示できません。同じ手順でもう一度作成し (「作成」、同じ名前、「次へ」)、それをコピーします。
tui-note-ctrl-c = ここでは Ctrl+C は選んだ欄やパスワードをコピーします。終了するには Esc キーを押して「終了」を選びます (文字入力欄の外では q キーでも終了できます)。
tui-note-step-done = できました。次の手順へ進みます。
tui-note-wrong = この手順の操作ではありません。ポータルはその操作を実行し、「{ $screen }」に移りました。
tui-note-wrong-here = この手順の操作ではありません。
tui-note-refused = ポータルが受け付けませんでした: { $message }
tui-note-way-back-click = 戻り方: { $label } を選択します（▶ ◀ の付いた項目）。
tui-note-way-back-back = 戻り方: Alt+← キーで前の画面に戻ります。
tui-note-wrong-with-way-back = { $wrong }{ $way-back }
tui-note-back-on-track = 元の画面に戻りました。この手順を続けてください。
tui-note-skipped = この手順は自動で実行してスキップしました。
tui-note-restarted = 最初の手順からやり直します。
tui-note-language = 言語: { $language }
tui-note-demo-paused = 一時停止中です。Space キーで再開、→ キーで次の操作へ進みます。
tui-note-demo-running = 各手順を自動で実行しています。
tui-note-demo-finished = 完了しました。目的の状態になっています。

## その言語の話し手が呼ぶ言語名

tui-language-name = 日本語

## Esc メニューと終了の確認

tui-menu-title = メニュー
tui-menu-continue = 続ける
tui-menu-restart = 最初からやり直す
tui-menu-skip = この手順をスキップ
tui-menu-hand-in = 試験を提出
tui-menu-language = 言語を切り替える
tui-menu-quit = 終了
tui-language-title = 言語
tui-quit-title = 終了
tui-quit-question = ウォークスルーを終了しますか?
tui-yes = はい
tui-no = いいえ

## 完了画面

tui-done-title = お疲れさまでした
tui-done-summary = 「{ $scenario }」を完了しました。
tui-done-time = 所要時間: { $minutes } 分 { $seconds } 秒
tui-done-wrong = 誤った操作: { $count } 回
tui-done-hints = ヒントの使用: { $count } 回
tui-done-skipped = スキップした手順: { $count }
tui-done-goal-met = 目的を達成しました。ポータルは手順どおりの状態になっています。
tui-done-goal-not-met = まだ目的を達成していません。ポータルは手順どおりの状態になっていません。
tui-done-again = 最初からやり直す
tui-done-menu = メニューに戻る
tui-done-quit = 終了

## スタート メニュー

tui-start-title = walkthrough
tui-start-intro = Office 365 ポータルのシミュレーターで、文書化された手順を練習します。
tui-start-scenario = 手順
tui-start-mode = モード
tui-start-language = 言語
tui-mode-guided = ガイド: 自分でポータルを操作し、ガイドが各手順を示します
tui-mode-exam = 試験: 課題だけが表示され、目的に至るどの手順でも合格です
tui-mode-demo = デモ: 手順が自動で実行されるのを見ます
tui-start-begin = 開始
tui-start-quit = 終了

## 画面が小さすぎるとき

tui-too-small = ターミナルが小さすぎます。{ $min-width }×{ $min-height } 以上が必要です。ウィンドウを広げてください（q で終了）。

## Sign-in details

# The training account's sign-in details, shown at the sign-in step and on an exam's task card.
# $account: the user id; $password: the training account's password (not a secret).
tui-sign-in-details = トレーニング用アカウント: { $account } ・ パスワード: { $password }

## What is wrong when the goal does not hold (completion screen and exam result)

# One line of what is wrong; $problem: one of the tui-goal-* lines below.
tui-goal-problem = ・{ $problem }
# $name: an app password's name.
tui-goal-missing = 「{ $name }」という名前のアプリ パスワードがありません。
tui-goal-still-there = アプリ パスワード「{ $name }」がまだ残っています。
tui-goal-deleted-other = アプリ パスワード「{ $name }」が削除されました。この手順では削除しません。
tui-goal-created-other = 「{ $name }」という名前のアプリ パスワードが作成されました。この手順では作成しません。
tui-goal-mail-not-connected = メール アプリが接続されていません。
tui-goal-mail-connected = メール アプリがまだ接続されています。
tui-goal-mail-not-connected-with = メール アプリはアプリ パスワード「{ $name }」で接続されていません。
# $other: the name of the app password the mail app is connected with instead.
tui-goal-mail-connected-with-other = メール アプリは「{ $name }」ではなく「{ $other }」で接続されています。
tui-goal-mail-accepts = メール アプリは「{ $name }」のパスワードでまだ接続できます。
tui-done-title-not-met = 終了しましたが、目的を達成していません
tui-note-demo-finished-not-met = 終了: 目的を達成していません。

## When Skip cannot do a step, or the step cannot be done at all

# $message: the portal's own words for why it refused (the account is locked, …).
tui-note-skip-refused = この手順を代わりに実行できません: { $message } Esc メニューの [最初からやり直す] で始め直すか、しばらく待ってください。
tui-note-skip-impossible = ここからはこの手順を代わりに実行できません。必要なものがこのポータルにありません。Esc メニューの [最初からやり直す] か [終了] を選んでください。
tui-note-unreachable = この手順に必要なものは、ここから行けるどのページにもありません (このポータルには存在しない可能性があります)。Esc メニューの [最初からやり直す] か [終了] を選んでください。
# $other: the name the app password was given instead.
tui-goal-missing-named-other = 「{ $name }」という名前のアプリ パスワードはありません。作成されたのは「{ $other }」です。
tui-done-title-side-effects = 終了しました (手順にない変更があります)

## Language list

# The current language in the language list; $language: its name in itself.
tui-language-current = { $language } (現在の言語)

## Signed out in the middle of a procedure

tui-note-way-back-sign-in = サインアウトしました。戻るには、ここに表示されているトレーニング用アカウントでもう一度サインインしてから、この手順を続けてください。
tui-note-way-back-sign-in-unshown = サインアウトしました。もう一度サインインしてから、この手順を続けます。

## スタート メニューで、同じ製品モデルの手順の上に出す行: 手順を動かす製品 (版)。
# $model: モデルの名前。
tui-start-scenario-model = 製品: { $model }
