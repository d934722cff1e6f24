//! An address query's answer in the format mutt, neomutt and aerc read:
//! a message line (mutt shows it and skips it), then one
//! `EMAIL<TAB>NAME<TAB>NOTE` line per address.

use std::io::{self, Write};

use crate::command::Addresses;
use crate::domain::text::{count, inert_cow};

pub fn addresses(out: &mut impl Write, a: &Addresses) -> io::Result<()> {
    if a.header {
        let query = inert_cow(&a.query).replace('\n', " ");
        if a.found.is_empty() {
            writeln!(out, "givegive: no address matches '{query}'")?;
        } else {
            let found = count(a.found.len(), "address", "addresses");
            writeln!(out, "givegive: {found} for '{query}'")?;
        }
    }
    // A tab or a line break inside a field would start another field or
    // another address: fields are one line, tabs made spaces.
    let field = |text: &str| inert_cow(text).replace('\n', " ");
    for m in &a.found {
        writeln!(
            out,
            "{}\t{}\t{}",
            field(&m.email),
            field(&m.name),
            field(&m.note)
        )?;
    }
    Ok(())
}
