//! Each frozen layout decodes into today's record.

use super::*;
use crate::store::codec::{decode, encode};

impl Record for OldTrashEntry<ContactV1, InteractionV1, FollowUpV1> {}

impl Record for FollowUpV1 {}

impl Record for InteractionV1 {}

impl Record for OldTrashEntry<Contact, InteractionV1, FollowUpV1> {}

impl Record for ContactV2 {
    const VERSION: u16 = 2;
}

fn v1_contact(id: u64) -> ContactV1 {
    ContactV1 {
        id: Id(id),
        name: "Anna Rossi".into(),
        aliases: vec!["Annie".into()],
        met: HowWeMet::default(),
        org: "Fintastic".into(),
        role: String::new(),
        emails: vec!["anna@example.org".into()],
        phones: Vec::new(),
        urls: Vec::new(),
        tags: Vec::new(),
        interests: Vec::new(),
        needs: Vec::new(),
        offers: Vec::new(),
        notes: "notes".into(),
        cadence_days: Some(30),
        tier: Tier::Close,
        status: Status::Active,
        created: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
    }
}

#[test]
fn trashed_people_of_layout_1_come_back_whole() -> Result<(), CodecError> {
    let old: OldTrashEntry<ContactV1, InteractionV1, FollowUpV1> = OldTrashEntry {
        id: Id(3),
        deleted_on: NaiveDate::from_ymd_opt(2026, 2, 1).unwrap_or_default(),
        item: OldTrashItem::Contact(Box::new(OldContactBundle {
            contact: v1_contact(3),
            interactions: Vec::new(),
            unlinked: vec![(Id(9), 1)],
            ledger: Vec::new(),
            follow_ups: Vec::new(),
            signals: Vec::new(),
        })),
    };
    let bytes = encode(&old)?;
    assert_eq!(&bytes[..2], &[0, 1]);
    let entry: TrashEntry = decode(&bytes)?;
    let TrashItem::Contact(bundle) = entry.item else {
        return Err(CodecError::Decode("not a contact".into()));
    };
    assert_eq!(bundle.contact.name, "Anna Rossi");
    assert_eq!(bundle.contact.cadence_days, Some(30));
    assert!(bundle.contact.external_ids.is_empty());
    assert_eq!(bundle.unlinked, vec![(Id(9), 1)]);
    Ok(())
}

#[test]
fn people_of_layout_2_keep_their_ids_and_gain_no_dates() -> Result<(), CodecError> {
    let c = v1_contact(4);
    let v2 = ContactV2 {
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
        external_ids: vec!["vcard:abc".into()],
    };
    let bytes = encode(&v2)?;
    assert_eq!(&bytes[..2], &[0, 2]);
    let back: Contact = decode(&bytes)?;
    assert_eq!(back.external_ids, ["vcard:abc"]);
    assert!(back.dates.is_empty() && back.addresses.is_empty());
    assert_eq!(back.name_parts, None);
    assert!(back.links.is_empty());
    Ok(())
}

#[test]
fn follow_ups_of_layout_1_stay_open_until_done_even_trashed() -> Result<(), CodecError> {
    let day = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap_or_default();
    let old = FollowUpV1 {
        id: Id(7),
        contact: Id(3),
        due: day,
        text: "follow up on: coffee".into(),
        state: FollowUpState::Open,
        created: day,
    };
    let bytes = encode(&old)?;
    assert_eq!(&bytes[..2], &[0, 1]);
    let back: FollowUp = decode(&bytes)?;
    assert_eq!((back.id, back.meeting, back.done_by), (Id(7), None, None));
    let trashed: OldTrashEntry<Contact, InteractionV1, FollowUpV1> = OldTrashEntry {
        id: Id(7),
        deleted_on: day,
        item: OldTrashItem::FollowUp(old),
    };
    let mut bytes = encode(&trashed)?;
    bytes[..2].copy_from_slice(&3u16.to_be_bytes());
    let entry: TrashEntry = decode(&bytes)?;
    assert!(matches!(entry.item, TrashItem::FollowUp(f) if f.text == "follow up on: coffee"));
    Ok(())
}

#[test]
fn interactions_of_layout_1_say_the_marked_sent_message_is_mine() -> Result<(), CodecError> {
    let old = |summary: &str, kind| InteractionV1 {
        id: Id(5),
        date: NaiveDate::from_ymd_opt(2026, 11, 17).unwrap_or_default(),
        contacts: vec![Id(1)],
        kind,
        summary: summary.into(),
        details: "Hi Lena,\nTalk soon".into(),
        tags: Vec::new(),
    };
    let sent = encode(&old(crate::domain::SENT_SUMMARY, InteractionKind::Message))?;
    assert_eq!(&sent[..2], &[0, 1]);
    assert_eq!(decode::<Interaction>(&sent)?.from, Voice::Me);
    let met = encode(&old("coffee", InteractionKind::Met))?;
    assert_eq!(decode::<Interaction>(&met)?.from, Voice::Both);
    // Deleted with its person before v7: the same reading.
    let trashed: OldTrashEntry<Contact, InteractionV1, FollowUpV1> = OldTrashEntry {
        id: Id(5),
        deleted_on: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default(),
        item: OldTrashItem::Interaction(old(crate::domain::SENT_SUMMARY, InteractionKind::Message)),
    };
    let mut bytes = encode(&trashed)?;
    bytes[..2].copy_from_slice(&3u16.to_be_bytes());
    let entry: TrashEntry = decode(&bytes)?;
    assert!(matches!(entry.item, TrashItem::Interaction(i) if i.from == Voice::Me));
    Ok(())
}
