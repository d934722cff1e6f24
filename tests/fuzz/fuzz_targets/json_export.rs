//! Any bytes given to `restore` or `import --format json`: sealed or not,
//! gzip or not, an export or one error line.
#![no_main]

use givegive::backups;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = backups::parse(data, &backups::Unlock::none()) {
        assert!(!e.contains('\n'), "{e:?}");
    }
});
