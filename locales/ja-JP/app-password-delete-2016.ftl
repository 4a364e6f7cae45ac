## 2016 年後半の Office 365 ポータルでアプリ パスワードを削除する手順。
## 手順の文とヒントはこちらで書いたもの。

app-password-delete-2016-title = アプリ パスワードを削除する
# $name: アプリ パスワードの名前。
app-password-delete-2016-task = 「{ $name }」という名前のアプリ パスワードを削除してください。

app-password-delete-2016-sign-in = ユーザー ID、パスワード、確認コードでポータルにサインインします。
    .hint = [ユーザー ID] と [パスワード] を入力して [サインイン] を選び、右側の電話に表示されたコードを入力して [確認] を選びます。
app-password-delete-2016-open-settings = 右上の歯車 (設定) を選び、アプリの設定の下にある **Office 365** を選びます。
    .hint = 歯車は上部のバーにあります。開いたウィンドウの [アプリの設定] に Office 365 があります。
app-password-delete-2016-security-privacy = 左側で **セキュリティとプライバシー** を選びます。
    .hint = Office 365 の設定の左側のナビゲーションにあります。
app-password-delete-2016-additional-security-verification = **追加のセキュリティ確認** を選んでセクションを開きます。
    .hint = セクションは同じページの中で開きます。
app-password-delete-2016-manage-app-passwords = セクションの中の **アプリ パスワードの作成と管理** を選びます。
    .hint = このリンクでアプリ パスワードの一覧に直接移動します。
app-password-delete-2016-delete = 削除するアプリ パスワードの行で **削除** を選びます。
    .hint = [削除] は一覧の各行の右端にあります。
app-password-delete-2016-yes = 確認を求められたら **はい** を選びます。
    .hint = アプリ パスワードはすぐに使えなくなります。
