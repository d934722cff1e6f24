//! Writing people as vCards (3.0 or 4.0) for address books: everything a
//! card can hold, so `import --format vcard` of the file gives the same
//! people back, and other address books read their dates and addresses.

use crate::domain::{Address, Contact, Labelled, Occasion, OccasionKind};
use crate::interchange::content::{bare, escape, line, uid};

/// Which vCard version to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VcardVersion {
    V3,
    V4,
}

/// A named date's parameter saying it happens once: address books read
/// `X-ABDATE` as yearly, and this keeps a one-off day one-off on re-import.
pub(super) const ONCE: &str = "X-GIVEGIVE-ONCE";

/// People as vCards, one after the other.
pub fn vcards(contacts: &[Contact], version: VcardVersion) -> String {
    let mut out = String::new();
    for c in contacts {
        card(&mut out, c, version);
    }
    out
}

/// The property that carries the UID a card had in the address book it
/// came from, so a re-import pairs givegive's card with that person.
pub(super) const SOURCE_UID: &str = "X-GIVEGIVE-SOURCE-UID";

/// The UID of a person's card: always givegive's own, derived from the
/// journal's id, never the one their address book gave them. A card with
/// the original UID beside the original card (givegive's vdir and the
/// address book it came from, both read by khard) would be the same card
/// twice, and givegive's the poorer copy; the original UID goes in
/// [`SOURCE_UID`] instead.
fn card_uid(c: &Contact) -> String {
    uid("contact", c.id.0)
}

/// The UID the person's card had where it came from, if elsewhere.
fn source_uid(c: &Contact) -> Option<String> {
    let theirs = c.external_ids.iter().find_map(|x| x.strip_prefix("vcard:"));
    theirs.map(bare).filter(|u| *u != card_uid(c))
}

/// Whether the person came from a vCard address book (their card carries
/// [`SOURCE_UID`]): `export --skip-imported` leaves them out, so khard,
/// reading that book beside givegive's folder, shows them once.
pub fn imported(c: &Contact) -> bool {
    source_uid(c).is_some()
}

/// The file a person's card has in a vdir: its UID, with anything a file
/// name cannot hold made `_`.
pub fn vdir_file(c: &Contact) -> String {
    let name: String = card_uid(c)
        .chars()
        .map(|ch| {
            if ch.is_ascii_alphanumeric() || "@.-_+".contains(ch) {
                ch
            } else {
                '_'
            }
        })
        .collect();
    format!("{}.vcf", name.trim_start_matches('.'))
}

fn card(out: &mut String, c: &Contact, version: VcardVersion) {
    line(out, "BEGIN:VCARD");
    line(
        out,
        match version {
            VcardVersion::V3 => "VERSION:3.0",
            VcardVersion::V4 => "VERSION:4.0",
        },
    );
    line(out, &format!("UID:{}", card_uid(c)));
    if let Some(theirs) = source_uid(c) {
        line(out, &format!("{SOURCE_UID}:{}", escape(&theirs)));
    }
    line(out, &format!("FN:{}", escape(&c.name)));
    let n = c.parts();
    line(
        out,
        &format!(
            "N:{};{};{};{};{}",
            escape(&n.family),
            escape(&n.given),
            // Several middle names are a list in N, as they came in.
            n.additional
                .split(", ")
                .map(escape)
                .collect::<Vec<_>>()
                .join(","),
            escape(&n.prefix),
            escape(&n.suffix)
        ),
    );
    if !c.aliases.is_empty() {
        let aliases: Vec<String> = c.aliases.iter().map(|a| escape(a)).collect();
        line(out, &format!("NICKNAME:{}", aliases.join(",")));
    }
    if !c.org.is_empty() {
        line(out, &format!("ORG:{}", escape(&c.org)));
    }
    if !c.role.is_empty() {
        line(out, &format!("TITLE:{}", escape(&c.role)));
    }
    for u in &c.urls {
        line(out, &format!("URL:{}", bare(u)));
    }
    // Apple's grouped items carry labels no standard parameter has.
    let mut group = 0;
    let mut next_group = || {
        group += 1;
        format!("item{group}")
    };
    for e in &c.emails {
        labelled(out, "EMAIL", e, &mut next_group);
    }
    for p in &c.phones {
        labelled(out, "TEL", p, &mut next_group);
    }
    for a in &c.addresses {
        address(out, a, &mut next_group);
    }
    for d in &c.dates {
        date(out, d, version, &mut next_group);
    }
    super::people::write(out, c, version == VcardVersion::V4, &mut next_group);
    if !c.tags.is_empty() {
        let tags: Vec<String> = c.tags.iter().map(|t| escape(t)).collect();
        line(out, &format!("CATEGORIES:{}", tags.join(",")));
    }
    let note = crate::interchange::note::write(c);
    if !note.is_empty() {
        line(out, &format!("NOTE:{}", escape(&note)));
    }
    line(out, "END:VCARD");
}

/// An email or phone with its label: as `TYPE` when vCard has words for
/// it ("work", "cell", "work fax"), else in Apple's grouped `X-ABLabel`,
/// which address books show as the label.
fn labelled(
    out: &mut String,
    prop: &str,
    item: &Labelled,
    next_group: &mut impl FnMut() -> String,
) {
    let value = escape(item.value());
    if item.label.is_empty() {
        line(out, &format!("{prop}:{value}"));
    } else if let Some(types) = super::labels::type_param(&item.label) {
        line(out, &format!("{prop};TYPE={types}:{value}"));
    } else {
        let group = next_group();
        line(out, &format!("{group}.{prop}:{value}"));
        line(out, &format!("{group}.X-ABLabel:{}", escape(&item.label)));
    }
}

fn address(out: &mut String, a: &Address, next_group: &mut impl FnMut() -> String) {
    let value = format!(
        ";;{};{};{};{};{}",
        escape(&a.street),
        escape(&a.city),
        escape(&a.region),
        escape(&a.postcode),
        escape(&a.country)
    );
    match a.label.to_lowercase().as_str() {
        "" => line(out, &format!("ADR:{value}")),
        kind @ ("home" | "work") => line(out, &format!("ADR;TYPE={kind}:{value}")),
        _ => {
            let group = next_group();
            line(out, &format!("{group}.ADR:{value}"));
            line(out, &format!("{group}.X-ABLabel:{}", escape(&a.label)));
        }
    }
}

fn date(
    out: &mut String,
    d: &Occasion,
    version: VcardVersion,
    next_group: &mut impl FnMut() -> String,
) {
    // vCard 4 writes dates without dashes and `--MMDD` without a year;
    // vCard 3 readers expect ISO 8601 with dashes.
    let value = match (version, d.year) {
        (VcardVersion::V4, Some(y)) => format!("{y:04}{:02}{:02}", d.month, d.day),
        (VcardVersion::V4, None) => format!("--{:02}{:02}", d.month, d.day),
        (VcardVersion::V3, _) => d.iso(),
    };
    match (d.kind, version) {
        (OccasionKind::Birthday, _) => line(out, &format!("BDAY:{value}")),
        (OccasionKind::Anniversary, VcardVersion::V4) => {
            line(out, &format!("ANNIVERSARY:{value}"));
        }
        (OccasionKind::Anniversary, VcardVersion::V3) => {
            line(out, &format!("X-ANNIVERSARY:{value}"));
        }
        (OccasionKind::Other, _) => {
            let group = next_group();
            let once = if d.yearly {
                String::new()
            } else {
                format!(";{ONCE}=TRUE")
            };
            line(out, &format!("{group}.X-ABDATE{once}:{value}"));
            line(out, &format!("{group}.X-ABLabel:{}", escape(&d.label)));
        }
    }
}
