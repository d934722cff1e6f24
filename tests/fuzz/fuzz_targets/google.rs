//! Any text given to the Google Contacts importer: people and the rows it
//! could not read, or one error line.
#![no_main]

use givegive::interchange::google;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match google::parse(text) {
        Ok((people, _bad)) => {
            for p in people {
                assert!(!p.name.trim().is_empty(), "a person without a name");
            }
        }
        Err(e) => assert!(!e.contains('\n') && e.len() < 400, "{e:?}"),
    }
});
