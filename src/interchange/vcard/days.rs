//! Dates as address books write them, made readable to calcard: vCard
//! 4.0's dashed `BDAY:1985-03-14` (which calcard 0.3 reads as March 1985,
//! with no day) and 3.0's `--12-01` (which it drops) are rewritten to the
//! basic forms `19850314` and `--1201` it reads right, before parsing. Apple's `X-APPLE-OMIT-YEAR` is read in `occasion`.

use calcard::vcard::{
    VCard, VCardEntry, VCardParameterName, VCardProperty, VCardValue, VCardValueType,
};

use super::group_label;
use crate::domain::{Occasion, OccasionKind};

/// Properties that hold a day to remember.
const DAYS: [&str; 6] = [
    "BDAY",
    "ANNIVERSARY",
    "X-ANNIVERSARY",
    "X-EVOLUTION-ANNIVERSARY",
    "X-MS-ANNIVERSARY",
    "X-ABDATE",
];

/// `text` with every dashed date of a day property (`YYYY-MM-DD`,
/// maybe followed by a time) written without dashes; other lines as they
/// were.
pub(super) fn compact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        out.push_str(&compact_line(line).unwrap_or_else(|| line.to_string()));
    }
    out
}

fn compact_line(line: &str) -> Option<String> {
    let colon = line.find(':')?;
    let (head, value) = (&line[..colon], &line[colon + 1..]);
    let name = head.split(';').next()?;
    let name = name.rsplit_once('.').map_or(name, |(_, n)| n);
    if !DAYS.iter().any(|d| d.eq_ignore_ascii_case(name)) {
        return None;
    }
    let b = value.as_bytes();
    let digits = |is: &[usize]| is.iter().all(|i| b.get(*i).is_some_and(u8::is_ascii_digit));
    // `--12-01`, the year-less day givegive's own 3.0 export wrote.
    if value.starts_with("--") && b.get(4) == Some(&b'-') && digits(&[2, 3, 5, 6]) {
        return Some(format!(
            "{head}:--{}{}{}",
            &value[2..4],
            &value[5..7],
            &value[7..]
        ));
    }
    let dashed = b.len() >= 10
        && b[4] == b'-'
        && b[7] == b'-'
        && digits(&[0, 1, 2, 3, 5, 6, 8, 9])
        && (b.len() == 10 || !b[10].is_ascii_digit());
    dashed.then(|| {
        format!(
            "{head}:{}{}{}{}",
            &value[..4],
            &value[5..7],
            &value[8..10],
            &value[10..]
        )
    })
}

/// Whether `year` stands for none: Apple writes year-less birthdays with a
/// placeholder year, 1604, marked `X-APPLE-OMIT-YEAR=1604`, but copies
/// that lost the mark still say 1604; nobody in an address book was born
/// then, and a real year would make the review say "turns 422".
pub(super) fn omits(entry: &VCardEntry, year: i32) -> bool {
    use calcard::vcard::{VCardParameterName, VCardParameterValue};
    year == APPLE_NO_YEAR
        || entry.params.iter().any(|p| {
        matches!(&p.name, VCardParameterName::Other(n) if n.eq_ignore_ascii_case("X-APPLE-OMIT-YEAR"))
            && match &p.value {
                VCardParameterValue::Text(t) => t.trim() == year.to_string(),
                VCardParameterValue::Integer(n) => i64::from(*n) == i64::from(year),
                _ => false,
            }
    })
}

/// Apple's placeholder for a day without a year.
const APPLE_NO_YEAR: i32 = 1604;

/// A date as calcard read it, or as text when it did not; `None` where
/// the property holds nothing, and why the value is no day (`'…' is not
/// a date`) where it holds something else, so the import can say what it
/// left out rather than drop it unsaid.
fn occasion(
    entry: &VCardEntry,
    kind: OccasionKind,
    label: &str,
) -> Option<Result<Occasion, String>> {
    let not_a_date = |raw: &str| Some(Err(format!("'{raw}' is not a date")));
    let mut o = match entry.values.first()? {
        VCardValue::PartialDateTime(p) => {
            // As the file most likely wrote it (a dashed 4.0 date was
            // made basic by `compact`).
            let raw = match (p.year, p.month, p.day) {
                (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
                (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
                (Some(y), None, None) => format!("{y:04}"),
                _ => {
                    let mut raw = String::new();
                    let _ = p.format_as_vcard(&mut raw, &VCardValueType::Date);
                    raw
                }
            };
            let (Some(month), Some(day)) = (p.month, p.day) else {
                return Some(Err(format!("'{raw}' has no day")));
            };
            let text = match p.year {
                Some(y) => format!("{y:04}-{month:02}-{day:02}"),
                None => format!("--{month:02}-{day:02}"),
            };
            match Occasion::parse(kind, label, &text) {
                Ok(o) => o,
                Err(_) => return not_a_date(&raw),
            }
        }
        VCardValue::Text(t) if t.trim().is_empty() => return None,
        VCardValue::Text(t) => match Occasion::parse(kind, label, t) {
            Ok(o) => o,
            // A dashed day that is none (`1985-02-30`) was made basic by
            // `compact`, and calcard keeps it as text: said dashed.
            Err(_) => {
                let t = t.trim();
                let basic = t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit());
                if basic {
                    return not_a_date(&format!("{}-{}-{}", &t[..4], &t[4..6], &t[6..]));
                }
                return not_a_date(t);
            }
        },
        _ => return None,
    };
    // Apple's placeholder year says there is none: never "turns 422".
    if o.year.is_some_and(|y| omits(entry, y)) {
        o.year = None;
    }
    // Address books' named dates are yearly, unless this program said
    // the day happens once.
    if kind == OccasionKind::Other {
        o.yearly = !entry.params.iter().any(|p| {
            matches!(&p.name, VCardParameterName::Other(n) if n.eq_ignore_ascii_case(super::write::ONCE))
        }) || o.year.is_none();
    }
    Some(Ok(o))
}

/// The card's days to remember; each value that is no day is said in
/// `left_out` ("birthday 'spring' is not a date, left out").
pub(super) fn dates(card: &VCard, left_out: &mut Vec<String>) -> Vec<Occasion> {
    let mut out: Vec<Occasion> = Vec::new();
    let mut add = |o: Option<Result<Occasion, String>>, what: &str| match o {
        Some(Ok(o)) => keep(&mut out, o, what, left_out),
        Some(Err(why)) => left_out.push(format!("{what} {why}, left out")),
        None => {}
    };
    for e in &card.entries {
        match &e.name {
            VCardProperty::Bday => add(occasion(e, OccasionKind::Birthday, ""), "birthday"),
            VCardProperty::Anniversary => {
                add(occasion(e, OccasionKind::Anniversary, ""), "anniversary");
            }
            // Evolution's and Outlook's names for it in vCard 3.
            VCardProperty::Other(name)
                if [
                    "X-ANNIVERSARY",
                    "X-EVOLUTION-ANNIVERSARY",
                    "X-MS-ANNIVERSARY",
                ]
                .iter()
                .any(|x| name.eq_ignore_ascii_case(x)) =>
            {
                add(occasion(e, OccasionKind::Anniversary, ""), "anniversary");
            }
            VCardProperty::Other(name) if name.eq_ignore_ascii_case("X-ABDATE") => {
                let label = group_label(card, e.group.as_deref()).unwrap_or_default();
                // A date with no label (no `X-ABLabel`, or outside an
                // item group) is still a date (report 27d #6): "date".
                let label = if label.is_empty() {
                    "date".into()
                } else {
                    label
                };
                if label == "anniversary" {
                    add(occasion(e, OccasionKind::Anniversary, ""), "anniversary");
                } else {
                    add(occasion(e, OccasionKind::Other, &label), &label);
                }
            }
            _ => {}
        }
    }
    super::kept::dates(card, &mut out);
    out
}

/// Adds the card's day `new` to `out`. A second day of one name on the
/// card (`ANNIVERSARY` beside Evolution's `X-ANNIVERSARY`) on the same
/// date is the same day, its year kept; on another date it is left out
/// and said, never dropped unsaid (report 27d #6): the first one stands.
fn keep(out: &mut Vec<Occasion>, new: Occasion, what: &str, left_out: &mut Vec<String>) {
    match out
        .iter_mut()
        .find(|d| d.kind == new.kind && d.is_called(new.title()))
    {
        None => out.push(new),
        Some(old) if (old.month, old.day) == (new.month, new.day) => {
            if old.year.is_none() {
                *old = new;
            }
        }
        Some(old) => left_out.push(format!(
            "{what} '{}' left out: the card also says '{}', kept",
            new.iso(),
            old.iso()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::compact;

    #[test]
    fn only_dashed_days_are_compacted() {
        let text = "BDAY:1985-03-14\r\nitem1.X-ABDATE;TYPE=pref:2010-06-20T00:00:00Z\n\
                    NOTE:1985-03-14\nBDAY:--12-01\nBDAY:--1201\n";
        assert_eq!(
            compact(text),
            "BDAY:19850314\r\nitem1.X-ABDATE;TYPE=pref:20100620T00:00:00Z\n\
             NOTE:1985-03-14\nBDAY:--1201\nBDAY:--1201\n"
        );
    }
}
