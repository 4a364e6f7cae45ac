## Creating an app password in the Office 365 portal of late 2016. The step
## texts and hints are ours.

app-password-create-2016-title = Create an app password
# $name: the app password's name.
app-password-create-2016-task = Create an app password named “{ $name }” and connect the mail app with it

app-password-create-2016-sign-in = Sign in to the portal with your user ID, your password and the verification code.
    .hint = Type your User ID and Password and select Sign in; then type the code your phone (on the right) shows and select Verify.
app-password-create-2016-open-settings = At the top right, select the gear (Settings), then **Office 365** under My app settings.
    .hint = The gear is on the bar across the top. In its pane, Office 365 is listed under My app settings.
app-password-create-2016-security-privacy = On the left, select **Security & privacy**.
    .hint = Security & privacy is in the navigation on the left of Office 365 settings.
app-password-create-2016-additional-security-verification = Select **Additional security verification** to open the section.
    .hint = The section opens in place, on the same page.
app-password-create-2016-manage-app-passwords = In the section, select **Create and manage app passwords**.
    .hint = The link takes you straight to the list of app passwords.
app-password-create-2016-create = Select **Create**.
    .hint = Create is above the list of app passwords.
app-password-create-2016-name = Type a name for the app password in **Name**, then select **Next**.
    .hint = Pick a name you will recognise later, such as the app that will use it.
app-password-create-2016-copy-paste = Select **Copy password to clipboard**, open **Mail** on the taskbar, paste the password into **Password** and select **Connect**.
    .hint = The password is shown only once. Paste it with Ctrl+V.
