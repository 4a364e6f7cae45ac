//! Rebuilds the crate when a locale file changes: `include_dir!` embeds
//! `locales/`, but on stable Rust it cannot tell cargo which files it read.

fn main() {
    println!("cargo:rerun-if-changed=../../locales");
}
