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

mod from_disk {
    use std::path::{Path, PathBuf};
    use walkthrough_scenario::{Library, LoadError, Models};

    const EXAMPLE_MODEL: &str =
        include_str!("../../../docs/examples/portals/app-passwords-only/model.toml");
    const EXAMPLE_SCENARIO: &str =
        include_str!("../../../docs/examples/scenarios/app-passwords-only-create.toml");

    struct Dir(PathBuf);
    impl Dir {
        fn new(name: &str) -> Dir {
            let dir = std::env::temp_dir()
                .join(format!("wt-scenario-models-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            Dir(dir)
        }
        fn model(&self, folder: &str, text: &str) -> &Path {
            std::fs::create_dir_all(self.0.join(folder)).unwrap();
            std::fs::write(self.0.join(folder).join("model.toml"), text).unwrap();
            &self.0
        }
    }
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn rendered(e: &LoadError) -> String {
        e.to_string()
    }

    #[test]
    fn a_scenario_carries_the_model_from_disk_it_names() {
        let dir = Dir::new("ok");
        // A hidden folder and a file beside the models are left alone.
        std::fs::create_dir_all(dir.0.join(".git")).unwrap();
        std::fs::write(dir.0.join("README.md"), "models").unwrap();
        let models = Models::from_dir(dir.model("app-passwords-only", EXAMPLE_MODEL)).unwrap();
        assert_eq!(
            models.ids(),
            ["office365-2015", "office365-2016", "app-passwords-only"]
        );
        assert_eq!(models.label_folders(), [dir.0.join("app-passwords-only")]);
        let s =
            walkthrough_scenario::parse_with("example.toml", EXAMPLE_SCENARIO, &models).unwrap();
        assert_eq!(s.model().id, "app-passwords-only");
        assert_eq!(s.model().rules.max_rows, 3);
        // The embedded models alone do not have it: the script is refused at
        // its `portal` value, never run against another model.
        let e = walkthrough_scenario::parse("example.toml", EXAMPLE_SCENARIO).unwrap_err();
        let at = EXAMPLE_SCENARIO
            .lines()
            .position(|l| l.starts_with("portal = "))
            .unwrap()
            + 1;
        let shown = rendered(&e);
        assert!(shown.contains(&format!("example.toml:{at}:10")), "{shown}");
        assert!(
            shown.contains("unknown portal `app-passwords-only`; expected one of `office365-2015`"),
            "{shown}"
        );
        // A misspelt id gets the nearest model's.
        let typo = EXAMPLE_SCENARIO.replace("\"app-passwords-only\"", "\"app-passwords-onyl\"");
        let e = walkthrough_scenario::parse_with("typo.toml", &typo, &models).unwrap_err();
        assert!(
            rendered(&e).contains("did you mean `app-passwords-only`?"),
            "{}",
            rendered(&e)
        );
    }

    #[test]
    fn a_model_on_disk_cannot_replace_an_embedded_one_nor_disagree_with_its_folder() {
        let dir = Dir::new("shadow");
        let shadow =
            EXAMPLE_MODEL.replace("id = \"app-passwords-only\"", "id = \"office365-2015\"");
        dir.model("office365-2015", &shadow);
        dir.model("elsewhere", EXAMPLE_MODEL);
        let e = Models::from_dir(&dir.0).unwrap_err();
        let shown = rendered(&e);
        assert!(shown.contains("office365-2015/model.toml:1:6"), "{shown}");
        assert!(
            shown.contains("`office365-2015` is the id of a model embedded in the program, which a model on disk cannot replace"),
            "{shown}"
        );
        assert!(shown.contains("elsewhere/model.toml:1:6"), "{shown}");
        assert!(
            shown.contains("the name of the model's folder, `elsewhere`"),
            "{shown}"
        );
    }

    #[test]
    fn every_problem_of_every_model_folder_is_reported() {
        let dir = Dir::new("broken");
        let broken = EXAMPLE_MODEL
            .replace("role = \"button\"", "role = \"buton\"")
            .replace("kind = \"layer\"", "kind = \"dialog\"");
        dir.model("app-passwords-only", &broken);
        std::fs::create_dir_all(dir.0.join("empty")).unwrap();
        let e = Models::from_dir(&dir.0).unwrap_err();
        let LoadError::Many(errors) = &e else {
            panic!("{e}")
        };
        assert_eq!(errors.len(), 2, "{e}");
        let LoadError::Model(invalid) = &errors[0] else {
            panic!("{e}")
        };
        let buttons = broken.matches("role = \"buton\"").count();
        let kinds = broken.matches("kind = \"dialog\"").count();
        assert!(
            invalid.diagnostics.len() >= buttons + kinds,
            "{}",
            invalid.render(false)
        );
        assert!(rendered(&e).contains("no model.toml in"), "{e}");
        // A folder with no model at all.
        let none = Dir::new("none");
        assert!(matches!(
            Models::from_dir(&none.0),
            Err(LoadError::NoModels(_))
        ));
        // Scripts in a folder are read with the models.
        let models = Models::embedded();
        let scripts = Dir::new("scripts");
        std::fs::write(scripts.0.join("x.toml"), EXAMPLE_SCENARIO).unwrap();
        assert!(Library::from_paths_with(std::slice::from_ref(&scripts.0), &models).is_err());
    }
}
