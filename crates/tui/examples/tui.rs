//! Runs the TUI without the command line, for trying it out while developing:
//! `cargo run -p walkthrough-tui --example tui [SCENARIO [guided|demo [LANG]]]`;
//! without a scenario, the start menu.

use std::process::ExitCode;
use walkthrough_i18n::Localizer;
use walkthrough_scenario::Library;
use walkthrough_tui::{Mode, RunConfig};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (library, localizer) = match (Library::embedded(), Localizer::embedded()) {
        (Ok(l), Ok(z)) => (l, z),
        (Err(e), _) => return fail(&e),
        (_, Err(e)) => return fail(&e),
    };
    let lang = args.get(2).map_or("en-US", String::as_str);
    let Ok(locale) = lang.parse() else {
        return fail(&format!("not a language: {lang}"));
    };
    let mut config = RunConfig::new(localizer, locale);
    config.mode = args
        .get(1)
        .and_then(|m| Mode::parse(m))
        .unwrap_or(Mode::Guided);
    let result = match args.first() {
        Some(id) => match library.get(id) {
            Ok(scenario) => walkthrough_tui::run(scenario, config).map(Some),
            Err(e) => return fail(&e),
        },
        None => walkthrough_tui::start_menu(&library, config),
    };
    match result {
        Ok(summary) => {
            println!("{summary:?}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

fn fail(e: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("{e}");
    ExitCode::from(2)
}
