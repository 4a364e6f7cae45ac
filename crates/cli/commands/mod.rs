//! One module per subcommand.

pub mod check;
pub mod import;
pub mod list;
pub mod play;
pub mod run;
pub mod shots;
