//! `Contact` layout 4, before a person kept what each card's last import
//! said: read with nothing remembered, so the next import of their cards
//! merges as before and remembers from then on.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::dates::day_serde;
use crate::domain::{
    Address, Contact, HowWeMet, Id, Labelled, Link, NameParts, Occasion, Status, Tier,
};

/// `Contact` as layout 4 wrote it.
#[derive(Deserialize, Serialize)]
pub struct ContactV4 {
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
}

impl From<ContactV4> for Contact {
    fn from(c: ContactV4) -> Contact {
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
            imported: Vec::new(),
        }
    }
}
