//! Any text given to the LinkedIn importer (connections, invitations or
//! messages): what it finds, or one error line.
#![no_main]

use givegive::interchange::linkedin;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Err(e) = linkedin::parse_any(text) {
        assert!(!e.contains('\n') && e.len() < 400, "{e:?}");
    }
});
