## Deleting an app password in the Office 365 portal of late 2016. The step
## texts and hints are ours.

app-password-delete-2016-title = Delete an app password
# $name: the app password's name.
app-password-delete-2016-task = Delete the app password named “{ $name }”

app-password-delete-2016-sign-in = Sign in to the portal with your user ID, your password and the verification code.
    .hint = Type your User ID and Password and select Sign in; then type the code your phone (on the right) shows and select Verify.
app-password-delete-2016-open-settings = At the top right, select the gear (Settings), then **Office 365** under My app settings.
    .hint = The gear is on the bar across the top. In its pane, Office 365 is listed under My app settings.
app-password-delete-2016-security-privacy = On the left, select **Security & privacy**.
    .hint = Security & privacy is in the navigation on the left of Office 365 settings.
app-password-delete-2016-additional-security-verification = Select **Additional security verification** to open the section.
    .hint = The section opens in place, on the same page.
app-password-delete-2016-manage-app-passwords = In the section, select **Create and manage app passwords**.
    .hint = The link takes you straight to the list of app passwords.
app-password-delete-2016-delete = In the row of the app password to delete, select **Delete**.
    .hint = Delete is at the right end of each row of the list.
app-password-delete-2016-yes = When asked to confirm, select **Yes**.
    .hint = The app password stops working at once.
