//! Every element the portal can show, as one table: id, role, place and label.
//!
//! Screens are assembled from these entries, so a label id or a region is
//! written once. Ids with `{n}` stand for one entry per app password
//! (1-based, in list order). The scenario loader validates targets against
//! this table, and the i18n tests check every label has a message.

use crate::screen::{Region, Role, Side};
use std::collections::HashMap;
use std::sync::LazyLock;

/// One element kind the portal can put on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    /// Stable id, or a pattern with `{n}` for per-row elements.
    pub id: &'static str,
    /// The kind of control.
    pub role: Role,
    /// Where it sits.
    pub region: Region,
    /// Which end of its region.
    pub side: Side,
    /// The Fluent message id of its label.
    pub label: &'static str,
}

impl Spec {
    /// Whether `id` is this spec's id, or an instance of its `{n}` pattern.
    pub fn matches(&self, id: &str) -> bool {
        match self.id.split_once("{n}") {
            None => self.id == id,
            Some((pre, post)) => id
                .strip_prefix(pre)
                .and_then(|rest| rest.strip_suffix(post))
                .is_some_and(|n| {
                    !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !n.starts_with('0')
                }),
        }
    }

    /// The concrete id for row `n` (1-based) of a `{n}` pattern.
    pub fn nth(&self, n: usize) -> String {
        self.id.replace("{n}", &n.to_string())
    }
}

macro_rules! specs {
    ($($name:ident = $id:literal, $role:ident, $region:ident, $side:ident, $label:literal;)*) => {
        $(
            #[doc = concat!("`", $id, "`")]
            pub const $name: Spec = Spec {
                id: $id,
                role: Role::$role,
                region: Region::$region,
                side: Side::$side,
                label: $label,
            };
        )*
        /// Every element spec, in catalogue order.
        pub const ALL: &[Spec] = &[$($name),*];
    };
}

specs! {
    // Shared by every portal page.
    BRAND = "portal.brand", Text, TopBar, Start, "portal-brand";
    FOOTER_COPYRIGHT = "footer.copyright", Text, Bottom, Start, "portal-footer-copyright";
    FOOTER_PRIVACY = "footer.privacy", Link, Bottom, End, "portal-footer-privacy";
    FOOTER_LEGAL = "footer.legal", Link, Bottom, End, "portal-footer-legal";
    // A refusal shown on the page or in the dialog. Its label is replaced by the
    // refusal's own message (see `Refusal::message`); this one is the generic fallback.
    PAGE_ERROR = "page.error", Text, Main, Start, "portal-error-notice";
    DIALOG_ERROR = "dialog.error", Text, Dialog, Start, "portal-error-notice";
    // Sign-in.
    SIGN_IN_HEADING = "sign-in.heading", Text, Main, Start, "portal-sign-in-heading";
    SIGN_IN_USER = "sign-in.user", TextField, Main, Start, "portal-sign-in-user";
    SIGN_IN_PASSWORD = "sign-in.password", TextField, Main, Start, "portal-sign-in-password";
    SIGN_IN_KEEP = "sign-in.keep-signed-in", Button, Main, Start, "portal-sign-in-keep-signed-in";
    SIGN_IN_SUBMIT = "sign-in.submit", Button, Main, Start, "portal-sign-in-submit";
    SIGN_IN_CANT_ACCESS = "sign-in.cant-access", Link, Main, Start, "portal-sign-in-cant-access";
    // Second factor and the simulated phone.
    MFA_HEADING = "mfa.heading", Text, Main, Start, "portal-mfa-heading";
    MFA_CODE = "mfa.code", TextField, Main, Start, "portal-mfa-code";
    MFA_VERIFY = "mfa.verify", Button, Main, Start, "portal-mfa-verify";
    MFA_OTHER = "mfa.other-option", Link, Main, Start, "portal-mfa-other-option";
    PHONE_TITLE = "phone.title", Text, Right, Start, "portal-phone-title";
    PHONE_MESSAGE = "phone.message", Text, Right, Start, "portal-phone-message";
    // The suite bar.
    SUITE_APP_LAUNCHER = "suite.app-launcher", Button, TopBar, Start, "portal-suite-app-launcher";
    SUITE_NOTIFICATIONS = "suite.notifications", Button, TopBar, End, "portal-suite-notifications";
    SUITE_SETTINGS = "suite.settings", Button, TopBar, End, "portal-suite-settings";
    SUITE_HELP = "suite.help", Button, TopBar, End, "portal-suite-help";
    SUITE_USER = "suite.user", Button, TopBar, End, "portal-suite-user";
    // Home.
    HOME_HEADING = "home.heading", Text, Main, Start, "portal-home-heading";
    HOME_MAIL = "home.tile.mail", Link, Main, Start, "portal-home-tile-mail";
    HOME_CALENDAR = "home.tile.calendar", Link, Main, Start, "portal-home-tile-calendar";
    HOME_PEOPLE = "home.tile.people", Link, Main, Start, "portal-home-tile-people";
    HOME_ONEDRIVE = "home.tile.onedrive", Link, Main, Start, "portal-home-tile-onedrive";
    HOME_INSTALL = "home.install-office", Link, Right, Start, "portal-home-install-office";
    // The settings gear's menu.
    MENU_REFRESH = "settings-menu.refresh", MenuItem, Dialog, Start, "portal-settings-menu-refresh";
    MENU_THEME = "settings-menu.change-theme", MenuItem, Dialog, Start, "portal-settings-menu-change-theme";
    MENU_START_PAGE = "settings-menu.start-page", MenuItem, Dialog, Start, "portal-settings-menu-start-page";
    MENU_O365_SETTINGS = "settings-menu.office365-settings", MenuItem, Dialog, Start, "portal-settings-menu-office365-settings";
    // Office 365 settings: left navigation and sections.
    NAV_ME = "nav.me", Link, Left, Start, "portal-nav-me";
    NAV_PASSWORD = "nav.password", Link, Left, Start, "portal-nav-password";
    NAV_CONTACT = "nav.contact-preferences", Link, Left, Start, "portal-nav-contact-preferences";
    NAV_ASV = "nav.additional-security-verification", Link, Left, Start, "portal-nav-additional-security-verification";
    NAV_SOFTWARE = "nav.software", Link, Left, Start, "portal-nav-software";
    SETTINGS_HEADING = "settings.heading", Text, Main, Start, "portal-settings-heading";
    ME_NAME = "me.name", Text, Main, Start, "portal-me-name";
    ME_ACCOUNT = "me.account", Text, Main, Start, "portal-me-account";
    PASSWORD_INTRO = "password.intro", Text, Main, Start, "portal-password-intro";
    PASSWORD_CHANGE = "password.change", Link, Main, Start, "portal-password-change";
    CONTACT_INTRO = "contact.intro", Text, Main, Start, "portal-contact-intro";
    SOFTWARE_INTRO = "software.intro", Text, Main, Start, "portal-software-intro";
    SOFTWARE_INSTALL = "software.install", Button, Main, Start, "portal-software-install";
    ASV_HEADING = "asv.heading", Text, Main, Start, "portal-asv-heading";
    ASV_INTRO = "asv.intro", Text, Main, Start, "portal-asv-intro";
    ASV_UPDATE_PHONE = "asv.update-phone-numbers", Link, Right, Start, "portal-asv-update-phone-numbers";
    // The proofup page and its tabs.
    PROOFUP_TAB_ASV = "proofup.tab.additional-security-verification", Tab, TopBar, Start, "portal-proofup-tab-additional-security-verification";
    PROOFUP_TAB_APP_PASSWORDS = "proofup.tab.app-passwords", Tab, TopBar, Start, "portal-proofup-tab-app-passwords";
    PROOFUP_USER = "proofup.user", Text, TopBar, End, "portal-proofup-user";
    PROOFUP_SIGN_OUT = "proofup.sign-out", Link, TopBar, End, "portal-proofup-sign-out";
    PROOFUP_HEADING = "proofup.heading", Text, Main, Start, "portal-proofup-heading";
    PROOFUP_INTRO = "proofup.intro", Text, Main, Start, "portal-proofup-intro";
    PROOFUP_OPTION = "proofup.preferred-option", Text, Main, Start, "portal-proofup-preferred-option";
    PROOFUP_PHONE = "proofup.phone", Text, Main, Start, "portal-proofup-phone";
    PROOFUP_SAVE = "proofup.save", Button, Main, Start, "portal-proofup-save";
    PROOFUP_CANCEL = "proofup.cancel", Button, Main, Start, "portal-proofup-cancel";
    // The app-password list.
    APP_PASSWORDS_HEADING = "app-passwords.heading", Text, Main, Start, "portal-app-passwords-heading";
    APP_PASSWORDS_INTRO = "app-passwords.intro", Text, Main, Start, "portal-app-passwords-intro";
    APP_PASSWORDS_CREATE = "app-passwords.create", Button, Main, Start, "portal-app-passwords-create";
    APP_PASSWORDS_COUNT = "app-passwords.count", Text, Main, Start, "portal-app-passwords-count";
    APP_PASSWORDS_EMPTY = "app-passwords.empty", Text, Main, Start, "portal-app-passwords-empty";
    APP_PASSWORD_ROW = "app-password.{n}", ListRow, Main, Start, "portal-app-password-row";
    APP_PASSWORD_DELETE = "app-password.{n}.delete", Button, Main, End, "portal-app-password-delete";
    // Dialog: create.
    CREATE_HEADING = "create-app-password.heading", Text, Dialog, Start, "portal-create-app-password-heading";
    CREATE_NAME = "create-app-password.name", TextField, Dialog, Start, "portal-create-app-password-name";
    CREATE_NEXT = "create-app-password.next", Button, Dialog, End, "portal-create-app-password-next";
    CREATE_CANCEL = "create-app-password.cancel", Button, Dialog, End, "portal-create-app-password-cancel";
    // Dialog: the new password, shown once.
    NEW_HEADING = "new-app-password.heading", Text, Dialog, Start, "portal-new-app-password-heading";
    NEW_NAME = "new-app-password.name", Text, Dialog, Start, "portal-new-app-password-name";
    NEW_VALUE = "new-app-password.value", PasswordDisplay, Dialog, Start, "portal-new-app-password-value";
    NEW_COPY = "new-app-password.copy", Button, Dialog, Start, "portal-new-app-password-copy";
    NEW_ONCE = "new-app-password.once", Text, Dialog, Start, "portal-new-app-password-once";
    NEW_CLOSE = "new-app-password.close", Button, Dialog, End, "portal-new-app-password-close";
    // Dialog: delete confirmation.
    CONFIRM_QUESTION = "confirm.question", Text, Dialog, Start, "portal-confirm-question";
    CONFIRM_YES = "confirm.yes", Button, Dialog, End, "portal-confirm-yes";
    CONFIRM_NO = "confirm.no", Button, Dialog, End, "portal-confirm-no";
    // The desktop mail app.
    MAIL_HEADING = "mail.heading", Text, Main, Start, "portal-mail-heading";
    MAIL_ACCOUNT = "mail.account", Text, Main, Start, "portal-mail-account";
    MAIL_PASSWORD = "mail.password", TextField, Main, Start, "portal-mail-password";
    MAIL_CONNECT = "mail.connect", Button, Main, Start, "portal-mail-connect";
    MAIL_STATUS = "mail.status", Text, Main, Start, "portal-mail-status-connected";
    // The desktop taskbar.
    TASKBAR_BROWSER = "taskbar.browser", Button, Taskbar, Start, "portal-taskbar-browser";
    TASKBAR_MAIL = "taskbar.mail", Button, Taskbar, Start, "portal-taskbar-mail";
}

/// The spec an element id belongs to, if any (the first in catalogue order
/// that [`Spec::matches`] it): one hash lookup, then the few `{n}` patterns.
pub fn find(id: &str) -> Option<&'static Spec> {
    let index = &*INDEX;
    let exact = index.exact.get(id).copied();
    let pattern = index.patterns.iter().copied().find(|&i| ALL[i].matches(id));
    match (exact, pattern) {
        (Some(a), Some(b)) => Some(&ALL[a.min(b)]),
        (a, b) => a.or(b).map(|i| &ALL[i]),
    }
}

/// Where each spec is in [`ALL`]: plain ids by id (the first of equal ones),
/// and the positions of the `{n}` patterns.
struct Index {
    exact: HashMap<&'static str, usize>,
    patterns: Vec<usize>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut exact = HashMap::with_capacity(ALL.len());
    let mut patterns = Vec::new();
    for (i, spec) in ALL.iter().enumerate() {
        if spec.id.contains("{n}") {
            patterns.push(i);
        } else {
            exact.entry(spec.id).or_insert(i);
        }
    }
    Index { exact, patterns }
});

/// Every element id and pattern, for "did you mean" suggestions.
pub fn ids() -> impl Iterator<Item = &'static str> {
    ALL.iter().map(|s| s.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_gives_the_first_spec_in_order_that_matches_every_id() {
        let mut ids: Vec<String> = ALL.iter().map(|s| s.id.to_owned()).collect();
        for spec in ALL.iter().filter(|s| s.id.contains("{n}")) {
            ids.extend([1, 2, 40, 123].map(|n| spec.nth(n)));
        }
        ids.extend(
            [
                "",
                "no.such",
                "app-password.0.delete",
                "app-password..delete",
                "app-password.x.delete",
            ]
            .map(str::to_owned),
        );
        for id in &ids {
            let linear = ALL.iter().find(|s| s.matches(id));
            assert_eq!(find(id), linear, "{id}");
        }
        assert!(find("app-password.2.delete").is_some());
        assert!(find("no.such").is_none());
    }
}
