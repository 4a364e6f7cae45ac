//! A scenario names the product model it runs against.
#![allow(missing_docs, clippy::unwrap_used)]

const CREATE: &str = include_str!("../../../scenarios/app-password-create.toml");

#[test]
fn a_scenario_names_its_model_and_the_old_name_is_the_2015_one() {
    assert!(CREATE.contains("portal = \"office365-2015\""));
    let s = walkthrough_scenario::parse("create.toml", CREATE).unwrap();
    assert_eq!(s.portal, "office365-2015");
    assert_eq!(s.model().id, "office365-2015");

    let old = CREATE.replace("portal = \"office365-2015\"", "portal = \"office365\"");
    let s = walkthrough_scenario::parse("old.toml", &old).unwrap();
    assert_eq!(s.portal, "office365-2015");

    let other = CREATE.replace("portal = \"office365-2015\"", "portal = \"office365-2017\"");
    let e = walkthrough_scenario::parse("other.toml", &other).unwrap_err();
    let rendered = e.to_string() + &format!("{e:?}");
    assert!(
        rendered.contains("unknown portal `office365-2017`"),
        "{rendered}"
    );
}
