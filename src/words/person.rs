//! A person's fields as the shell gives them (`add` and `edit`), read
//! into the typed values the command layer takes.

use chrono::NaiveDate;

use super::args::{ContactFields, DropFields};
use super::{past, who};
use crate::command::{Dropped, PersonFields};
use crate::domain::{Address, Labelled, Occasion, OccasionKind};

pub(super) fn fields(f: ContactFields, today: NaiveDate) -> Result<PersonFields, String> {
    Ok(PersonFields {
        aliases: f.alias,
        met: f.met,
        on: past(f.on, today)?,
        via: f.via.map(who),
        org: f.org,
        role: f.role,
        emails: f.email.iter().map(|e| Labelled::parse(e)).collect(),
        phones: f.phone.iter().map(|p| Labelled::parse(p)).collect(),
        urls: f.url,
        tags: f.tag,
        interests: f.interest,
        needs: f.need,
        offers: f.offer,
        notes: f.notes,
        cadence: f.cadence,
        tier: f.tier,
        dates: occasions(f.birthday, f.anniversary, f.date)?,
        addresses: f
            .address
            .iter()
            .map(|a| Address::parse(a))
            .collect::<Result<_, _>>()?,
    })
}

/// `--birthday`, `--anniversary` and every `--date NAME=DATE`.
fn occasions(
    birthday: Option<String>,
    anniversary: Option<String>,
    named: Vec<String>,
) -> Result<Vec<Occasion>, String> {
    let mut out = Vec::new();
    for (kind, text) in [
        (OccasionKind::Birthday, birthday),
        (OccasionKind::Anniversary, anniversary),
    ] {
        if let Some(text) = text {
            out.push(Occasion::parse(kind, "", &text)?);
        }
    }
    for text in named {
        let Some((name, day)) = text.rsplit_once('=') else {
            return Err(format!(
                "--date takes NAME=DATE (\"Sofia's recital=2027-03-12\"), not '{text}'"
            ));
        };
        out.push(Occasion::parse(OccasionKind::Other, name, day)?);
    }
    Ok(out)
}

pub(super) fn dropped(d: DropFields) -> Dropped {
    Dropped {
        aliases: d.unalias,
        emails: d.drop_email,
        phones: d.drop_phone,
        urls: d.drop_url,
        tags: d.untag,
        interests: d.drop_interest,
        needs: d.drop_need,
        offers: d.drop_offer,
        dates: d.drop_date,
        addresses: d.drop_address,
        related: d.drop_related,
    }
}
