//! What address books write outside vCard's own properties is kept in the
//! person's fields (issue 27, report 27b #9 to #12), each field read from
//! the form real files write it in.

use super::parse;
use crate::journal::ContactDraft;

fn one(lines: &str) -> ContactDraft {
    let text = format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\n{lines}END:VCARD\r\n");
    let mut cards = parse(&text).expect("parses");
    cards.remove(0).draft
}

fn shown(list: &[crate::domain::Labelled]) -> Vec<String> {
    list.iter().map(crate::domain::Labelled::shown).collect()
}

/// Before, the number kept "tel:" and was written back out with it.
#[test]
fn a_tel_uri_is_the_number_it_holds() {
    let d = one("TEL;TYPE=\"voice,cell\";VALUE=uri:tel:+39-347-000-1111\r\n\
         TEL;VALUE=uri:tel:+1-555-0100;ext=42\r\n");
    assert_eq!(
        shown(&d.phones),
        ["cell: +39-347-000-1111", "+1-555-0100 ext. 42"]
    );
}

/// Before, each of these was dropped without a word.
#[test]
fn outlook_and_mac_extras_are_kept_in_the_fields_that_show_them() {
    let d = one("TITLE:TheJobTitle\r\nROLE:TheProfession\r\n\
         X-MS-TEL;VOICE;CALLBACK:(111) 555-4444\r\n\
         X-MS-IMADDRESS:im@aim.com\r\n\
         FBURL:http://website.com/mycal\r\n\
         X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/annlee\r\n\
         X-PHONETIC-FIRST-NAME:Jon\r\nX-PHONETIC-LAST-NAME:Dow\r\n\
         X-ABUID:6B29A774\\:ABPerson\r\n");
    assert_eq!(d.role, "TheJobTitle, TheProfession");
    assert_eq!(shown(&d.phones), ["callback: (111) 555-4444"]);
    assert_eq!(shown(&d.handles), ["im@aim.com"]);
    assert_eq!(
        d.urls,
        [
            "http://website.com/mycal",
            "https://www.linkedin.com/in/annlee"
        ]
    );
    // A phonetic reading is how the name sounds, not another name
    // (trial imd #3): a labelled line of the notes, never an alias.
    assert!(d.aliases.is_empty(), "{:?}", d.aliases);
    assert_eq!(d.notes, "Phonetic name: Jon Dow");
    assert_eq!(d.external_ids, ["vcard:6B29A774:ABPerson"]);
}

/// Before, a vCard 2.1 type written alone had no label, though
/// `TYPE=customtype` kept its own.
#[test]
fn a_bare_21_type_is_the_label() {
    let text = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ann\r\n\
                TEL;X-NEC-SECRET:555 0001\r\nTEL;MODEM:555 0002\r\n\
                TEL;WORK;VOICE:555 0003\r\nEND:VCARD\r\n";
    let d = parse(text).expect("parses").remove(0).draft;
    assert_eq!(
        shown(&d.phones),
        [
            "x-nec-secret: 555 0001",
            "modem: 555 0002",
            "work: 555 0003"
        ]
    );
}

/// Before, FullContact's related names and dates were all dropped.
#[test]
fn fullcontact_hex_named_fields_are_decoded() {
    let d = one(
        "X-FCENCODED-582D46432D52656C617465644E616D65733A4D6F74686572:Mum Lee\r\n\
         X-FCENCODED-582D46432D4F7468657244617465733A416E6E6976657273617279:2016-08-02\r\n\
         X-FCENCODED-582D46432D4F7468657244617465733A4F74686572:2016-08-03\r\n",
    );
    assert_eq!(shown(&d.related), ["mother: Mum Lee"]);
    let days: Vec<String> = d
        .dates
        .iter()
        .map(|o| {
            format!(
                "{:?} {} {:?}-{}-{}",
                o.kind, o.label, o.year, o.month, o.day
            )
        })
        .collect();
    assert_eq!(
        days,
        ["Anniversary  Some(2016)-8-2", "Other other Some(2016)-8-3"]
    );
}

/// Before, Apple's marked `AssistantPhone` read "assistantphone", a Mac's
/// plain one "AssistantPhone", and Google-like "Work Fax" kept capitals
/// that `TYPE=work,fax` had not.
#[test]
fn one_label_rule_for_every_form() {
    let d = one("item1.TEL:1\r\nitem1.X-ABLabel:_$!<AssistantPhone>!$_\r\n\
         item2.TEL:2\r\nitem2.X-ABLabel:AssistantPhone\r\n\
         item3.TEL:3\r\nitem3.X-ABLabel:Work Fax\r\n\
         TEL;TYPE=work,fax:4\r\n\
         item5.TEL:5\r\nitem5.X-ABLabel:iPhone\r\n");
    assert_eq!(
        shown(&d.phones),
        [
            "assistant: 1",
            "assistant: 2",
            "work fax: 3",
            "work fax: 4",
            "iPhone: 5"
        ]
    );
}

/// Trial imd #3: Google's group of everyone is no tag, however spelled;
/// a group the user made is.
#[test]
fn the_group_everyone_is_in_is_no_tag() {
    let d = one("CATEGORIES:My Contacts,VIP\r\nCATEGORIES:myContacts,starred\r\n");
    assert_eq!(d.tags, ["VIP"]);
}
