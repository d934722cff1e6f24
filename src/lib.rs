//! givegive: a keyboard-driven relationship journal.
//!
//! The crate is layered so each rule lives once: [`domain`] holds the model
//! and its pure rules, [`store`] persists it in sled, [`journal`] is the set
//! of user operations both front ends call, and [`cli`] is the shell front
//! end. See `docs/architecture.md`.

pub mod cli;
pub mod domain;
pub mod journal;
pub mod store;
