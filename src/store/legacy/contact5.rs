//! `Contact` layout 5, whose record of what each card's last import said
//! held phones, emails and dates but no URLs, addresses, chat handles or
//! related names: read with those lists empty, so the next import of the
//! card adds what the journal lacks of them (as before) and remembers them
//! from then on.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::dates::day_serde;
use crate::domain::patch::merge::Said;
use crate::domain::{
    Address, Contact, HowWeMet, Id, Labelled, Link, NameParts, Occasion, Status, Tier,
};

/// `Contact` as layout 5 wrote it.
#[derive(Deserialize, Serialize)]
pub struct ContactV5 {
    id: Id,
    name: String,
    aliases: Vec<String>,
    met: HowWeMet,
    org: String,
    role: String,
    emails: Vec<Labelled>,
    phones: Vec<Labelled>,
    urls: Vec<String>,
    tags: Vec<String>,
    interests: Vec<Id>,
    needs: Vec<String>,
    offers: Vec<String>,
    notes: String,
    cadence_days: Option<u16>,
    tier: Tier,
    status: Status,
    #[serde(with = "day_serde")]
    created: NaiveDate,
    external_ids: Vec<String>,
    dates: Vec<Occasion>,
    addresses: Vec<Address>,
    name_parts: Option<NameParts>,
    links: Vec<Link>,
    related: Vec<Labelled>,
    handles: Vec<Labelled>,
    imported: Vec<SaidV1>,
}

/// `Said` as layout 5 of `Contact` held it.
#[derive(Deserialize, Serialize)]
pub struct SaidV1 {
    card: String,
    name: String,
    org: String,
    role: String,
    met: String,
    notes: String,
    phones: Vec<String>,
    emails: Vec<String>,
    dates: Vec<Occasion>,
}

impl From<SaidV1> for Said {
    fn from(s: SaidV1) -> Said {
        Said {
            card: s.card,
            name: s.name,
            org: s.org,
            role: s.role,
            met: s.met,
            notes: s.notes,
            phones: s.phones,
            emails: s.emails,
            dates: s.dates,
            ..Said::default()
        }
    }
}

impl From<ContactV5> for Contact {
    fn from(c: ContactV5) -> Contact {
        Contact {
            id: c.id,
            name: c.name,
            aliases: c.aliases,
            met: c.met,
            org: c.org,
            role: c.role,
            emails: c.emails,
            phones: c.phones,
            urls: c.urls,
            tags: c.tags,
            interests: c.interests,
            needs: c.needs,
            offers: c.offers,
            notes: c.notes,
            cadence_days: c.cadence_days,
            tier: c.tier,
            status: c.status,
            created: c.created,
            external_ids: c.external_ids,
            dates: c.dates,
            addresses: c.addresses,
            name_parts: c.name_parts,
            links: c.links,
            related: c.related,
            handles: c.handles,
            imported: c.imported.into_iter().map(Said::from).collect(),
        }
    }
}
