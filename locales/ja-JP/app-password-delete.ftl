## 記事の 2 つ目の手順。本文は記事のまま (不具合も含む。check が報告する)。
## ヒントはこちらで書いた正しい案内。

app-password-delete-title = Office 365 ポータルでアプリ パスワードを削除するには
# $name: アプリ パスワードの名前。
app-password-delete-task = 「{ $name }」という名前のアプリ パスワードを削除してください。

app-password-delete-sign-in = Office 365 ポータルにサインイン
    .hint = [ユーザー ID] と [パスワード] を入力して [サインイン] を選び、右側の電話に表示された確認コードを入力して [確認] を選びます。
app-password-delete-open-settings = 右上隅で、ウィジェットを選択し、Office 365 の設定を選択
    .hint = 右上の歯車 (設定) を選び、メニューの [Office 365 の設定] を選びます。
app-password-delete-additional-security-verification = 下部で、[追加のセキュリティ確認] をクリックし、選択 **アカウントのセキュリティを使用して電話番号を更新**.3
    .hint = 左側のナビゲーションで [追加のセキュリティ確認] を選びます。
app-password-delete-update-phone-numbers = 選択して、右 **アカウントのセキュリティに使用される電話番号を更新**
    .hint = 右側のリンク [アカウントのセキュリティに使用される電話番号を更新] を選びます。
app-password-delete-app-passwords-tab = プルーフ アップ ページの上部にある、[アプリ パスワードを選択します
    .hint = ページ上部の [アプリ パスワード] タブを選びます。
app-password-delete-delete = アプリ パスワードを削除する、横にある次のように選択します。 **削除**します。
    .hint = アプリ パスワードの一覧で、削除するアプリ パスワードの行の右端にある [削除] を選びます。
app-password-delete-confirmation = 削除の確認を求めるポップアップが表示されます。
    .hint = ここではまだ何も選びません。ポップアップの質問を読みます。答えるのは次の手順です。
app-password-delete-yes = クリックして **はい**します。
    .hint = ポップアップの [はい] を選んでアプリ パスワードを削除します。
