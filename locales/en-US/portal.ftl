## The 2015 Office 365 portal, as the article's screenshots show it.

## Window and dialog titles.

portal-title-sign-in = Sign in to Office 365
portal-title-mfa = Additional verification
portal-title-home = Office 365
portal-title-settings-menu = Settings
portal-title-settings = Office 365 settings
portal-title-settings-password = Office 365 settings – Password
portal-title-settings-contact-preferences = Office 365 settings – Contact preferences
portal-title-settings-software = Office 365 settings – Software
portal-title-additional-security-verification = Office 365 settings – Additional security verification
portal-title-proofup = Additional security verification
portal-title-app-passwords = App passwords
portal-title-create-app-password = Create app password
portal-title-new-app-password = Your app password
portal-title-delete-confirmation = Delete app password
portal-title-mail-app = Mail – Add account

## Shared by every page.

portal-brand = Office 365
portal-footer-copyright = © 2015 Microsoft
portal-footer-privacy = Privacy & cookies
portal-footer-legal = Legal
portal-error-notice = Something went wrong.

## Sign-in.

portal-sign-in-heading = Sign in with your work or school account
portal-sign-in-user = User ID
portal-sign-in-password = Password
portal-sign-in-keep-signed-in = Keep me signed in
portal-sign-in-submit = Sign in
portal-sign-in-cant-access = Can't access your account?

## Second factor and the simulated phone.

portal-mfa-heading = We sent a verification code to your phone. Enter it to sign in.
portal-mfa-code = Verification code
portal-mfa-verify = Verify
portal-mfa-other-option = Use a different verification option
portal-phone-title = Your phone
# $code: the six-digit verification code.
portal-phone-message = Microsoft verification code: { $code }

## Suite bar.

portal-suite-app-launcher = App launcher
portal-suite-notifications = Notifications
portal-suite-settings = Settings
portal-suite-help = Help
# $name: the signed-in person's display name.
portal-suite-user = { $name }

## Home.

# $name: the signed-in person's display name.
portal-home-heading = Welcome, { $name }
portal-home-tile-mail = Mail
portal-home-tile-calendar = Calendar
portal-home-tile-people = People
portal-home-tile-onedrive = OneDrive
portal-home-install-office = Install Office 2013

## The settings gear's menu.

portal-settings-menu-refresh = Refresh
portal-settings-menu-change-theme = Change theme
portal-settings-menu-start-page = Start page
portal-settings-menu-office365-settings = Office 365 settings

## Office 365 settings.

portal-nav-me = Me
portal-nav-password = Password
portal-nav-contact-preferences = Contact preferences
portal-nav-additional-security-verification = Additional security verification
portal-nav-software = Software
portal-settings-heading = Office 365 settings
# $name: display name.
portal-me-name = Name: { $name }
# $account: sign-in name.
portal-me-account = User ID: { $account }
portal-password-intro = Change the password you use to sign in to Office 365.
portal-password-change = Change password
portal-contact-intro = Choose how Microsoft contacts you about your account.
portal-software-intro = Install Office on your PC or Mac.
portal-software-install = Install
portal-asv-heading = Additional security verification
portal-asv-intro = Your account is set up for multi-factor authentication.
portal-asv-update-phone-numbers = Update my phone numbers used for account security

## The proofup page.

portal-proofup-tab-additional-security-verification = additional security verification
portal-proofup-tab-app-passwords = app passwords
# $account: sign-in name.
portal-proofup-user = { $account }
portal-proofup-sign-out = Sign out
portal-proofup-heading = Additional security verification
portal-proofup-intro = When you sign in with your password, you are also required to respond from a registered device.
portal-proofup-preferred-option = Preferred option: send me a code by text message
# $phone: the authentication phone number.
portal-proofup-phone = Authentication phone: { $phone }
portal-proofup-save = Save
portal-proofup-cancel = Cancel

## App passwords.

portal-app-passwords-heading = App passwords
portal-app-passwords-intro = Some apps, like Outlook, Apple Mail and Microsoft Office, can't use a phone to secure your account. To use these apps, create an app password to use in place of your work account password.
portal-app-passwords-create = Create
# $count: how many app passwords there are.
portal-app-passwords-count = { $count ->
    [one] 1 app password
   *[other] { $count } app passwords
}
portal-app-passwords-empty = You have no app passwords.
# $name: the app password's name; $created: its creation date.
portal-app-password-row = { $name } — created { $created }
# $name: the app password's name.
portal-app-password-delete = Delete

## Dialogs.

portal-create-app-password-heading = Create app password
portal-create-app-password-name = Name
portal-create-app-password-next = Next
portal-create-app-password-cancel = Cancel
portal-new-app-password-heading = Your app password
# $name: the new app password's name.
portal-new-app-password-name = Name: { $name }
portal-new-app-password-value = App password
portal-new-app-password-copy = Copy password to clipboard
portal-new-app-password-once = You won't be able to see this password again.
portal-new-app-password-close = Close
# $name: the app password to delete.
portal-confirm-question = Are you sure you want to delete the app password “{ $name }”?
portal-confirm-yes = Yes
portal-confirm-no = No

## The desktop mail app.

portal-mail-heading = Add your Office 365 account
# $account: sign-in name.
portal-mail-account = Account: { $account }
portal-mail-password = Password
portal-mail-connect = Connect
portal-mail-status-connected = Connected. Your mail is syncing.
portal-mail-status-rejected = The server didn't accept the password.
portal-taskbar-browser = Browser
portal-taskbar-mail = Mail

## Refusals.

portal-error-user-required = Enter your user ID.
portal-error-wrong-password = Your user ID or password is incorrect.
# $minutes: minutes until sign-in is possible again.
portal-error-locked = { $minutes ->
    [one] Your account is temporarily locked. Try again in 1 minute.
   *[other] Your account is temporarily locked. Try again in { $minutes } minutes.
}
portal-error-wrong-code = That code is incorrect. Check the code on your phone and try again.
portal-error-name-required = Enter a name for the app password.
# $max: the longest name allowed.
portal-error-name-too-long = The name can be at most { $max } characters.
# $max: the most app passwords allowed.
portal-error-too-many-app-passwords = You already have { $max } app passwords, the most allowed. Delete one first.

## The Office 365 portal of late 2016 (model office365-2016): the labels that
## differ from the 2015 portal's, as the product wrote them.

portal-title-security-privacy = Office 365 settings – Security & privacy
portal-2016-settings-menu-app-settings = My app settings
portal-2016-settings-menu-office365 = Office 365
portal-2016-settings-menu-mail = Mail
portal-2016-nav-security-privacy = Security & privacy
portal-2016-security-heading = Security & privacy
portal-2016-security-app-passwords = Create and manage app passwords
portal-2016-asv-update-phone-numbers = Update my phone numbers used for account security
portal-2016-footer-copyright = © 2016 Microsoft

## The product models' names, as the menu shows them beside a procedure.

portal-model-office365-2015 = Office 365 (2015)
portal-model-office365-2016 = Office 365 (2016)
