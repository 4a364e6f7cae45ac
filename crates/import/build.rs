//! Rebuilds the crate when a locale file changes: `include_dir!` embeds
//! `locales/` (the base the drafts are checked with), but on stable Rust it
//! cannot tell cargo which files it read.

fn main() {
    println!("cargo:rerun-if-changed=../../locales");
}
