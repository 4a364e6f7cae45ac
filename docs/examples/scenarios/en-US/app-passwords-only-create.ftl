## Step texts of docs/examples/scenarios/app-passwords-only-create.toml.

app-passwords-only-create-title = Create an app password (a trainer's own product)
# $name: the app password's name.
app-passwords-only-create-task = Create an app password named “{ $name }”

app-passwords-only-create-create = Select **Create**.
    .hint = Select Create, above the list of app passwords.
app-passwords-only-create-name = Type a name for the app password, and select **Next**.
    .hint = In the dialog, type a name you will recognise in Name, then select Next.
app-passwords-only-create-copy-close = Select **Copy password to clipboard**, then **Close**.
    .hint = The password is shown only once: copy it, then select Close.
