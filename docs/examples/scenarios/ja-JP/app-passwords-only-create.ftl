## docs/examples/scenarios/app-passwords-only-create.toml の手順テキスト。

app-passwords-only-create-title = アプリ パスワードを作成する (トレーナー独自の製品)
# $name: アプリ パスワードの名前。
app-passwords-only-create-task = 「{ $name }」という名前のアプリ パスワードを作成してください

app-passwords-only-create-create = **作成** を選択します。
    .hint = アプリ パスワードの一覧の上にある [作成] を選択します。
app-passwords-only-create-name = アプリ パスワードの名前を入力し、**次へ** を選択します。
    .hint = ダイアログの [名前] に見分けのつく名前を入力し、[次へ] を選択します。
app-passwords-only-create-copy-close = **パスワードをクリップボードにコピー** を選択し、**閉じる** を選択します。
    .hint = パスワードは一度しか表示されません。コピーしてから [閉じる] を選択します。
