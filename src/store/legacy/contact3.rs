//! `Contact` layout 3, when emails and phones were text with the label
//! typed before the value (`cell=+39 333 1234567`): read by splitting
//! each as the card split it when it showed it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::dates::day_serde;
use crate::domain::{
    Address, Contact, HowWeMet, Id, Labelled, Link, NameParts, Occasion, Status, Tier,
};

/// Emails or phones as layouts 1 to 3 kept them, labelled.
pub(super) fn split(texts: Vec<String>) -> Vec<Labelled> {
    texts.iter().map(|t| Labelled::parse(t)).collect()
}

/// `Contact` as layout 3 wrote it.
#[derive(Deserialize, Serialize)]
pub struct ContactV3 {
    id: Id,
    name: String,
    aliases: Vec<String>,
    met: HowWeMet,
    org: String,
    role: String,
    emails: Vec<String>,
    phones: Vec<String>,
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
}

impl From<ContactV3> for Contact {
    fn from(c: ContactV3) -> Contact {
        Contact {
            id: c.id,
            name: c.name,
            aliases: c.aliases,
            met: c.met,
            org: c.org,
            role: c.role,
            emails: split(c.emails),
            phones: split(c.phones),
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
            related: Vec::new(),
            handles: Vec::new(),
            imported: Vec::new(),
        }
    }
}
