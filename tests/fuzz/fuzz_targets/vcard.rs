//! Any bytes given to the vCard importer: a list of cards or one error line.
#![no_main]

use givegive::interchange::vcard;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match vcard::parse(&vcard::decode(data)) {
        Ok(cards) => {
            for card in cards {
                assert!(!card.draft.name.trim().is_empty(), "a card without a name");
            }
        }
        Err(e) => assert!(!e.contains('\n') && e.len() < 400, "{e:?}"),
    }
});
