//! One module per subcommand.

pub mod check;
pub mod import;
pub mod list;
pub mod play;
pub mod portals;
pub mod records;
pub mod run;
pub mod shots;
pub mod versions;
