//! A card's related people and chat handles, read from every way address
//! books write them and written back as vCard 4.0 and Apple's 3.0 do:
//!
//! - related names: `RELATED;TYPE=spouse;VALUE=text:Maria` (4.0), Apple's
//!   grouped `X-ABRELATEDNAMES` with an `X-ABLabel`, and Evolution's and
//!   Outlook's `X-EVOLUTION-SPOUSE`, `X-MS-MANAGER`... (the word after the
//!   last dash is the relation);
//! - chat handles: `IMPP;X-SERVICE-TYPE=Skype:skype:anna` (3.0 and 4.0)
//!   and the older `X-AIM`, `X-JABBER`, `X-SKYPE`, `X-MS-IMADDRESS`... properties.

use calcard::vcard::{VCard, VCardEntry, VCardParameterName, VCardParameterValue, VCardProperty};

use super::{group_label, labels, texts_of};
use crate::domain::{Contact, Labelled};
use crate::interchange::content::{bare, escape, line};

/// Relations Evolution and Outlook write as `X-<PROGRAM>-<RELATION>`.
const RELATIONS: [&str; 3] = ["SPOUSE", "MANAGER", "ASSISTANT"];

/// Chat services with their own old property (`X-AIM:johnn`).
/// Outlook's `X-MS-IMADDRESS` names no service.
const SERVICES: [(&str, &str); 9] = [
    ("X-AIM", "AIM"),
    ("X-JABBER", "Jabber"),
    ("X-SKYPE", "Skype"),
    ("X-SKYPE-USERNAME", "Skype"),
    ("X-MSN", "MSN"),
    ("X-YAHOO", "Yahoo"),
    ("X-ICQ", "ICQ"),
    ("X-GOOGLE-TALK", "GTalk"),
    ("X-MS-IMADDRESS", ""),
];

fn other_name(e: &VCardEntry) -> Option<String> {
    match &e.name {
        VCardProperty::Other(n) => Some(n.to_ascii_uppercase()),
        _ => None,
    }
}

/// Every related name on the card, labelled by relation.
pub(super) fn related(card: &VCard) -> Vec<Labelled> {
    let mut out = Vec::new();
    for e in &card.entries {
        let label = match (&e.name, other_name(e)) {
            (VCardProperty::Related, _) => labels::types(e),
            (_, Some(n)) if n == "X-ABRELATEDNAMES" => {
                group_label(card, e.group.as_deref()).unwrap_or_default()
            }
            (_, Some(n))
                if n.starts_with("X-")
                    && RELATIONS.iter().any(|r| n.rsplit('-').next() == Some(*r)) =>
            {
                n.rsplit('-').next().unwrap_or_default().to_lowercase()
            }
            _ => continue,
        };
        for name in texts_of(e) {
            crate::domain::labelled::add(&mut out, &Labelled::new(&label, &name));
        }
    }
    out
}

/// A related person named by the UID of another card of the file
/// (`RELATED;VALUE=uri:urn:uuid:…`, vCard 4.0) is named by that card's
/// name, whichever comes first; the import resolves the rest by the
/// journal ([`crate::command`]'s import).
pub(super) fn by_uid(cards: &mut [super::Card]) {
    let names: Vec<(String, String)> = cards
        .iter()
        .flat_map(|c| {
            let d = &c.draft;
            d.external_ids
                .iter()
                .map(|x| (x.to_lowercase(), d.name.clone()))
        })
        .collect();
    for c in cards.iter_mut() {
        for r in &mut c.draft.related {
            let uid = format!("vcard:{}", r.value().to_lowercase());
            if let Some((_, name)) = names.iter().find(|(x, _)| *x == uid) {
                *r = Labelled::new(&r.label, name);
            }
        }
    }
}

/// Every chat handle on the card, labelled by service.
pub(super) fn handles(card: &VCard) -> Vec<Labelled> {
    let mut out = Vec::new();
    for e in &card.entries {
        let label = match (&e.name, other_name(e)) {
            (VCardProperty::Impp, _) => service(e).unwrap_or_else(|| labels::types(e)),
            (_, Some(n)) => match SERVICES.iter().find(|(p, _)| *p == n) {
                Some((_, service)) => (*service).to_string(),
                None => continue,
            },
            _ => continue,
        };
        for handle in texts_of(e) {
            crate::domain::labelled::add(&mut out, &Labelled::new(&label, &handle));
        }
    }
    out
}

/// `X-SERVICE-TYPE`, which Apple and Android write on `IMPP`.
fn service(e: &VCardEntry) -> Option<String> {
    e.params.iter().find_map(|p| match (&p.name, &p.value) {
        (VCardParameterName::Other(n), VCardParameterValue::Text(t))
            if n.eq_ignore_ascii_case("X-SERVICE-TYPE") =>
        {
            Some(t.clone())
        }
        _ => None,
    })
}

/// The person's handles and related names as card lines: `IMPP` with its
/// service, and related names as `RELATED` in 4.0 or Apple's grouped
/// `X-ABRELATEDNAMES` in 3.0, which has no `RELATED`.
pub(super) fn write(
    out: &mut String,
    c: &Contact,
    v4: bool,
    next_group: &mut impl FnMut() -> String,
) {
    for h in &c.handles {
        if h.label.is_empty() {
            line(out, &format!("IMPP:{}", bare(h.value())));
        } else {
            let service = escape(&h.label).replace(':', "");
            line(
                out,
                &format!("IMPP;X-SERVICE-TYPE={service}:{}", bare(h.value())),
            );
        }
    }
    for r in &c.related {
        let value = escape(r.value());
        match (v4, labels::type_word(&r.label)) {
            (true, Some(kind)) => line(out, &format!("RELATED;TYPE={kind};VALUE=text:{value}")),
            (true, None) if r.label.is_empty() => {
                line(out, &format!("RELATED;VALUE=text:{value}"));
            }
            _ => {
                let group = next_group();
                line(out, &format!("{group}.X-ABRELATEDNAMES:{value}"));
                if !r.label.is_empty() {
                    line(out, &format!("{group}.X-ABLabel:{}", escape(&r.label)));
                }
            }
        }
    }
}
