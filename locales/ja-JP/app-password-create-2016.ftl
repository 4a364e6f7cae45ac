## 2016 年後半の Office 365 ポータルでアプリ パスワードを作成する手順。
## 手順の文とヒントはこちらで書いたもの。

app-password-create-2016-title = アプリ パスワードを作成する
# $name: アプリ パスワードの名前。
app-password-create-2016-task = 「{ $name }」という名前のアプリ パスワードを作成し、それでメール アプリを接続してください。

app-password-create-2016-sign-in = ユーザー ID、パスワード、確認コードでポータルにサインインします。
    .hint = [ユーザー ID] と [パスワード] を入力して [サインイン] を選び、右側の電話に表示されたコードを入力して [確認] を選びます。
app-password-create-2016-open-settings = 右上の歯車 (設定) を選び、アプリの設定の下にある **Office 365** を選びます。
    .hint = 歯車は上部のバーにあります。開いたウィンドウの [アプリの設定] に Office 365 があります。
app-password-create-2016-security-privacy = 左側で **セキュリティとプライバシー** を選びます。
    .hint = Office 365 の設定の左側のナビゲーションにあります。
app-password-create-2016-additional-security-verification = **追加のセキュリティ確認** を選んでセクションを開きます。
    .hint = セクションは同じページの中で開きます。
app-password-create-2016-manage-app-passwords = セクションの中の **アプリ パスワードの作成と管理** を選びます。
    .hint = このリンクでアプリ パスワードの一覧に直接移動します。
app-password-create-2016-create = **作成** を選びます。
    .hint = [作成] はアプリ パスワードの一覧の上にあります。
app-password-create-2016-name = **名前** にアプリ パスワードの名前を入力し、**次へ** を選びます。
    .hint = 使うアプリの名前など、あとで見分けやすい名前にします。
app-password-create-2016-copy-paste = **パスワードをクリップボードにコピー** を選び、タスク バーの **メール** に切り替えて **パスワード** に貼り付け、**接続** を選びます。
    .hint = パスワードは 1 回しか表示されません。Ctrl+V で貼り付けます。
