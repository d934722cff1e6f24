//! The grammar a draft's lines are made of, apart from any whole draft.

use chrono::NaiveDate;

use super::*;
use crate::domain::InteractionKind::Met;

/// A Tuesday.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default()
}

#[test]
fn days_are_said_as_people_say_them() {
    let day = |d: u32| NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default();
    let (en, it) = (Language::English, Language::Italian);
    assert_eq!(en.when(day(8), today()), "on 8 November");
    assert_eq!(it.when(day(8), today()), "l'8 novembre");
    assert_eq!(it.when(day(11), today()), "l'11 novembre");
    assert_eq!(it.when(day(1), today()), "il 1º novembre");
    assert_eq!(it.when(day(30), today()), "ieri");
    assert_eq!(en.when(day(26), today()), "on Thursday");
    assert_eq!(it.when(day(26), today()), "giovedì");
}

#[test]
fn italian_places_take_their_article() {
    let it = Language::Italian;
    for (summary, expected) in [
        ("cena", "alla cena"),
        ("meetup", "al meetup"),
        ("evento", "all'evento"),
        ("startup weekend", "allo startup weekend"),
        ("colazione sul pricing", "alla colazione sul pricing"),
        ("il pranzo", "al pranzo"),
        ("Talent Garden", "a Talent Garden"),
        ("da Luca", "da Luca"),
    ] {
        assert_eq!(
            it.opening(
                Some(&Moment {
                    id: crate::domain::Id(1),
                    kind: Met,
                    summary: summary.into(),
                    date: today(),
                    first: true,
                    with_others: false,
                    from: crate::domain::Voice::Both,
                }),
                today(),
                false
            ),
            format!("è stato un piacere conoscerti {expected} oggi.")
        );
    }
}

#[test]
fn italian_a_and_e_take_a_d_before_the_same_vowel() {
    let it = Language::Italian;
    let v = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(it.list(&v(&["Anna", "Elena"])), "Anna ed Elena");
    assert_eq!(it.list(&v(&["Elena", "Anna"])), "Elena e Anna");
    assert_eq!(it.list(&v(&["la vela", "«Ètna»"])), "la vela ed «Ètna»");
    assert_eq!(it.at("Aperitivo Club"), "ad Aperitivo Club");
    assert_eq!(it.at("Talent Garden"), "a Talent Garden");
}
