//! givegive: a keyboard-driven relationship journal.
//!
//! The crate is layered so each rule lives once: [`domain`] holds the model
//! and its pure rules, [`store`] persists it in sled, [`journal`] is the set
//! of user operations both front ends call, and [`cli`] is the shell front
//! end. See `docs/architecture.md`.

pub mod app;
pub mod backups;
pub mod cli;
pub mod command;
pub mod config;
pub mod domain;
pub(crate) mod holder;
pub mod interchange;
pub mod journal;
pub(crate) mod keymap;
pub(crate) mod print;
pub mod recovery;
pub(crate) mod relay;
pub mod seal;
pub(crate) mod store;
pub mod tui;
pub mod ui;
pub mod words;
