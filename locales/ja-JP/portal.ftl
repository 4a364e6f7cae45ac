## 2015 年の Office 365 ポータル。ラベルは製品の語 (Microsoft の日本語 UI) を使い、記事の語 (機械翻訳を含む) は使わない。

## ウィンドウとダイアログのタイトル。

portal-title-sign-in = Office 365 にサインイン
portal-title-mfa = 追加の確認
portal-title-home = Office 365
portal-title-settings-menu = 設定
portal-title-settings = Office 365 の設定
portal-title-settings-password = Office 365 の設定 – パスワード
portal-title-settings-contact-preferences = Office 365 の設定 – 連絡先の設定
portal-title-settings-software = Office 365 の設定 – ソフトウェア
portal-title-additional-security-verification = Office 365 の設定 – 追加のセキュリティ確認
portal-title-proofup = 追加のセキュリティ確認
portal-title-app-passwords = アプリ パスワード
portal-title-create-app-password = アプリ パスワードの作成
portal-title-new-app-password = アプリ パスワード
portal-title-delete-confirmation = アプリ パスワードの削除
portal-title-mail-app = メール – アカウントの追加

## すべてのページ。

portal-brand = Office 365
portal-footer-copyright = © 2015 Microsoft
portal-footer-privacy = プライバシーと Cookie
portal-footer-legal = 法的情報
portal-error-notice = 問題が発生しました。

## サインイン。

portal-sign-in-heading = 職場または学校のアカウントでサインイン
portal-sign-in-user = ユーザー ID
portal-sign-in-password = パスワード
portal-sign-in-keep-signed-in = サインインしたままにする
portal-sign-in-submit = サインイン
portal-sign-in-cant-access = アカウントにアクセスできない場合

## 2 つ目の要素と電話。

portal-mfa-heading = 確認コードを電話に送信しました。コードを入力してサインインしてください。
portal-mfa-code = 確認コード
portal-mfa-verify = 確認
portal-mfa-other-option = 別の確認方法を使う
portal-phone-title = お使いの電話
# $code: 6 桁の確認コード。
portal-phone-message = Microsoft 確認コード: { $code }

## スイート バー。

portal-suite-app-launcher = アプリ起動ツール
portal-suite-notifications = 通知
portal-suite-settings = 設定
portal-suite-help = ヘルプ
# $name: サインインしている人の表示名。
portal-suite-user = { $name }

## ホーム。

# $name: 表示名。
portal-home-heading = ようこそ、{ $name } さん
portal-home-tile-mail = メール
portal-home-tile-calendar = 予定表
portal-home-tile-people = 連絡先
portal-home-tile-onedrive = OneDrive
portal-home-install-office = Office 2013 をインストール

## 設定の歯車のメニュー。

portal-settings-menu-refresh = 最新の情報に更新
portal-settings-menu-change-theme = テーマの変更
portal-settings-menu-start-page = スタート ページ
portal-settings-menu-office365-settings = Office 365 の設定

## Office 365 の設定。

portal-nav-me = 自分
portal-nav-password = パスワード
portal-nav-contact-preferences = 連絡先の設定
portal-nav-additional-security-verification = 追加のセキュリティ確認
portal-nav-software = ソフトウェア
portal-settings-heading = Office 365 の設定
# $name: 表示名。
portal-me-name = 名前: { $name }
# $account: サインイン名。
portal-me-account = ユーザー ID: { $account }
portal-password-intro = Office 365 へのサインインに使うパスワードを変更します。
portal-password-change = パスワードの変更
portal-contact-intro = アカウントについて Microsoft から連絡する方法を選びます。
portal-software-intro = PC または Mac に Office をインストールします。
portal-software-install = インストール
portal-asv-heading = 追加のセキュリティ確認
portal-asv-intro = このアカウントには多要素認証が設定されています。
portal-asv-update-phone-numbers = アカウントのセキュリティに使用される電話番号を更新

## プルーフ アップ ページ。

portal-proofup-tab-additional-security-verification = 追加のセキュリティ確認
portal-proofup-tab-app-passwords = アプリ パスワード
# $account: サインイン名。
portal-proofup-user = { $account }
portal-proofup-sign-out = サインアウト
portal-proofup-heading = 追加のセキュリティ確認
portal-proofup-intro = パスワードでサインインするときは、登録済みのデバイスからの応答も必要です。
portal-proofup-preferred-option = 優先する方法: テキスト メッセージでコードを送信する
# $phone: 認証用電話番号。
portal-proofup-phone = 認証用電話: { $phone }
portal-proofup-save = 保存
portal-proofup-cancel = キャンセル

## アプリ パスワード。

portal-app-passwords-heading = アプリ パスワード
portal-app-passwords-intro = Outlook、Apple Mail、Microsoft Office などの一部のアプリでは、電話を使ってアカウントを保護できません。これらのアプリでは、職場のアカウントのパスワードの代わりにアプリ パスワードを作成して使います。
portal-app-passwords-create = 作成
# $count: アプリ パスワードの数。
portal-app-passwords-count = アプリ パスワード { $count } 個
portal-app-passwords-empty = アプリ パスワードはありません。
# $name: アプリ パスワードの名前、$created: 作成日。
portal-app-password-row = { $name } — 作成日 { $created }
# $name: アプリ パスワードの名前。
portal-app-password-delete = 削除

## ダイアログ。

portal-create-app-password-heading = アプリ パスワードの作成
portal-create-app-password-name = 名前
portal-create-app-password-next = 次へ
portal-create-app-password-cancel = キャンセル
portal-new-app-password-heading = アプリ パスワード
# $name: 新しいアプリ パスワードの名前。
portal-new-app-password-name = 名前: { $name }
portal-new-app-password-value = アプリ パスワード
portal-new-app-password-copy = パスワードをクリップボードにコピー
portal-new-app-password-once = このパスワードは二度と表示されません。
portal-new-app-password-close = 閉じる
# $name: 削除するアプリ パスワード。
portal-confirm-question = アプリ パスワード「{ $name }」を削除しますか?
portal-confirm-yes = はい
portal-confirm-no = いいえ

## デスクトップのメール アプリ。

portal-mail-heading = Office 365 アカウントの追加
# $account: サインイン名。
portal-mail-account = アカウント: { $account }
portal-mail-password = パスワード
portal-mail-connect = 接続
portal-mail-status-connected = 接続しました。メールを同期しています。
portal-mail-status-rejected = サーバーがパスワードを受け付けませんでした。
portal-taskbar-browser = ブラウザー
portal-taskbar-mail = メール

## 拒否。

portal-error-user-required = ユーザー ID を入力してください。
portal-error-wrong-password = ユーザー ID またはパスワードが正しくありません。
# $minutes: サインインできるまでの分数。
portal-error-locked = アカウントは一時的にロックされています。{ $minutes } 分後にもう一度お試しください。
portal-error-wrong-code = コードが正しくありません。電話のコードを確認して、もう一度お試しください。
portal-error-name-required = アプリ パスワードの名前を入力してください。
# $max: 名前の最大文字数。
portal-error-name-too-long = 名前は { $max } 文字以内にしてください。
# $max: アプリ パスワードの上限。
portal-error-too-many-app-passwords = アプリ パスワードはすでに上限の { $max } 個あります。先に 1 つ削除してください。

## 2016 年後半の Office 365 ポータル (モデル office365-2016): 2015 年版と
## 異なるラベル。製品の表記のまま。

portal-title-security-privacy = Office 365 の設定 – セキュリティとプライバシー
portal-2016-settings-menu-app-settings = アプリの設定
portal-2016-settings-menu-office365 = Office 365
portal-2016-settings-menu-mail = メール
portal-2016-nav-security-privacy = セキュリティとプライバシー
portal-2016-security-heading = セキュリティとプライバシー
portal-2016-security-app-passwords = アプリ パスワードの作成と管理
portal-2016-asv-update-phone-numbers = アカウントのセキュリティに使用する電話番号を更新する
portal-2016-footer-copyright = © 2016 Microsoft

## 製品モデルの名前。メニューで手順の横に表示する。

portal-model-office365-2015 = Office 365 (2015 年版)
portal-model-office365-2016 = Office 365 (2016 年版)
