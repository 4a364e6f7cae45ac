## 記事の 1 つ目の手順。本文は記事のまま (不具合も含む。check が報告する)。
## ヒントはこちらで書いた正しい案内。

app-password-create-title = Office 365 ポータルでアプリ パスワードを作成するには
# $name: アプリ パスワードの名前。
app-password-create-task = 「{ $name }」という名前のアプリ パスワードを作成し、それでメール アプリを接続してください。

app-password-create-sign-in = Office 365 ポータルにサインイン
    .hint = [ユーザー ID] と [パスワード] を入力して [サインイン] を選び、右側の電話に表示された確認コードを入力して [確認] を選びます。
app-password-create-open-settings = 右上隅の設定ウィジェットを選択します。
    .hint = 右上の歯車 (設定) を選び、メニューの [Office 365 の設定] を選びます。
app-password-create-additional-security-verification = 左側で、追加のセキュリティ確認を選択します
    .hint = 左側のナビゲーションで [追加のセキュリティ確認] を選びます。
app-password-create-update-phone-numbers = 選択して、右 **アカウントのセキュリティに使用される電話番号を更新**
    .hint = 右側のリンク [アカウントのセキュリティに使用される電話番号を更新] を選びます。
app-password-create-app-passwords-tab = プルーフ アップ ページの上部にある、[アプリ パスワードを選択します
    .hint = ページ上部の [アプリ パスワード] タブを選びます。
app-password-create-create = クリックして **作成**
    .hint = アプリ パスワードの一覧の上にある [作成] を選びます。
app-password-create-name = アプリ パスワードの名前を入力し、クリックして **次**
    .hint = [アプリ パスワードの作成] ダイアログの [名前] に見分けやすい名前 (使うアプリの名前など) を入力し、[次] を選びます。
app-password-create-copy-paste = アプリ パスワードをクリップボードにコピーし、アプリに貼り付けます。
    .hint = ダイアログの [パスワードをクリップボードにコピー] を選び、画面下部のタスク バーの [メール] に切り替えて、[パスワード] に貼り付け (Ctrl+V)、[接続] を選びます。
