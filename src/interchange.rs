//! Formats other programs write and read. Each parser turns a file into
//! contact drafts (or reports exactly what is wrong with it); the journal's
//! ordinary operations store them.

pub mod export;
pub mod google;
pub mod linkedin;
pub mod vcard;
