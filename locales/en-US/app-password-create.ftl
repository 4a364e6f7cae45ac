## The article's first procedure, rendered in English as written — its defects
## included (the checker reports them). The hints are ours, and correct.

app-password-create-title = To create an app password in the Office 365 portal
# $name: the app password's name.
app-password-create-task = Create an app password named “{ $name }” and connect the mail app with it

app-password-create-sign-in = Sign in to the Office 365 portal
    .hint = Type your User ID and Password and select Sign in; then type the verification code your phone (on the right) shows and select Verify.
app-password-create-open-settings = Select the settings widget in the upper-right corner.
    .hint = Select the gear (Settings) at the top right, then Office 365 settings in its menu.
app-password-create-additional-security-verification = On the left, select Additional security verification
    .hint = In the navigation on the left, select Additional security verification.
app-password-create-update-phone-numbers = Select, on the right, **Update my phone numbers used for account security**
    .hint = On the right, select the link Update my phone numbers used for account security.
app-password-create-app-passwords-tab = At the top of the proofup page, select [app passwords
    .hint = Select the app passwords tab at the top of the page.
app-password-create-create = Click **Create**
    .hint = Select Create, above the list of app passwords.
app-password-create-name = Enter a name for the app password, and click **Next**
    .hint = In the Create app password dialog, type a name you will recognise in Name (for example, the app that will use it), then select Next.
app-password-create-copy-paste = Copy the app password to the clipboard and paste it into your app.
    .hint = In the dialog, select Copy password to clipboard; then select Mail on the taskbar at the bottom, paste the password into Password (Ctrl+V) and select Connect.
