//! Trial 28e: a subject joined by "and"/"e" is said whole or left out,
//! never split into a half that reads wrong ("tua moglie si sono
//! trasferite"); a pronoun is unsure only after a relative who could be it.

use super::super::Language::{self, English, Italian};
use super::super::details::{LeftOut, People, for_recipient};

fn said(details: &str, lang: Language) -> (Vec<String>, Vec<LeftOut>) {
    let people = People {
        recipient: "Chiara Neri",
        others: &[],
        known: &[],
        org: "",
        theirs: true,
    };
    for_recipient(details, people, lang)
}

#[test]
fn a_joined_subject_is_said_whole_or_left_out() {
    for (details, lang, want) in [
        (
            "lei e sua moglie si sono trasferite a Torino",
            Italian,
            "tu e tua moglie vi siete trasferite a Torino",
        ),
        (
            "she and her wife moved to Turin",
            English,
            "you and your wife moved to Turin",
        ),
        (
            "he and his partner opened a bakery",
            English,
            "you and your partner opened a bakery",
        ),
    ] {
        let (kept, left) = said(details, lang);
        assert_eq!(kept, [want], "{details}: {left:?}");
    }
    // An Italian verb the draft cannot say with "tu e …": left out whole.
    let (kept, left) = said("lei e suo marito vivono a Roma", Italian);
    assert!(kept.is_empty(), "{kept:?}");
    assert!(matches!(&left[..], [LeftOut::Together(_)]), "{left:?}");
}

#[test]
fn a_pronoun_is_unsure_only_after_a_relative_who_could_be_it() {
    for (details, lang, want) in [
        (
            "her boss asked her to lead the board, but she is not sure",
            English,
            &[
                "your boss asked you to lead the board",
                "but you are not sure",
            ][..],
        ),
        (
            "il suo capo le ha chiesto di guidare il board, ma lei non è sicura",
            Italian,
            &[
                "il tuo capo ti ha chiesto di guidare il board",
                "ma non sei sicura",
            ],
        ),
        (
            "she is training for a marathon",
            English,
            &["you are training for a marathon"],
        ),
    ] {
        assert_eq!(said(details, lang).0, want, "{details}");
    }
    // A daughter may be the "lei" after her: left out, never "you".
    let (kept, _) = said(
        "sua figlia si trasferisce a Torino, lei è contenta",
        Italian,
    );
    assert_eq!(kept, ["tua figlia si trasferisce a Torino"]);
    // "his partner": the recipient is a man, so "she" is not them.
    let (kept, _) = said("his partner left him, she is looking for clients", English);
    assert_eq!(kept, ["your partner left you"]);
}
