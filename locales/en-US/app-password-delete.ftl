## The article's second procedure, rendered in English as written — its defects
## included (the checker reports them). The hints are ours, and correct.

app-password-delete-title = To delete an app password in the Office 365 portal
# $name: the app password's name.
app-password-delete-task = Delete the app password named “{ $name }”

app-password-delete-sign-in = Sign in to the Office 365 portal
    .hint = Type your User ID and Password and select Sign in; then type the verification code your phone (on the right) shows and select Verify.
app-password-delete-open-settings = In the upper-right corner, select the widget, and select Office 365 settings
    .hint = Select the gear (Settings) at the top right, then Office 365 settings in its menu.
app-password-delete-additional-security-verification = At the bottom, click [Additional security verification] and select **Update my phone numbers using account security**.3
    .hint = In the navigation on the left, select Additional security verification.
app-password-delete-update-phone-numbers = Select, on the right, **Update my phone numbers used for account security**
    .hint = On the right, select the link Update my phone numbers used for account security.
app-password-delete-app-passwords-tab = At the top of the proofup page, select [app passwords
    .hint = Select the app passwords tab at the top of the page.
app-password-delete-delete = Next to the app password to delete, select as follows: **Delete**.
    .hint = In the list of app passwords, select Delete at the right end of the row of the app password to delete.
app-password-delete-confirmation = A pop-up appears asking you to confirm the deletion.
    .hint = Nothing to select yet: read the question in the pop-up. The next step answers it.
app-password-delete-yes = Click **Yes**.
    .hint = In the pop-up, select Yes to delete the app password.
