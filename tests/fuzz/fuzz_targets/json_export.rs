//! Any bytes given to `restore` or `import --format json`: gzip or not, an
//! export or one error line.
#![no_main]

use givegive::backups;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = backups::parse(data) {
        assert!(!e.contains('\n'), "{e:?}");
    }
});
