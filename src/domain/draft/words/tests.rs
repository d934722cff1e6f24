//! The grammar a draft's lines are made of, apart from any whole draft.

use chrono::{NaiveDate, Weekday};

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
    assert_eq!(en.when(day(26), today()), "last Thursday");
    assert_eq!(it.when(day(26), today()), "giovedì scorso");
    assert_eq!(it.when(day(29), today()), "domenica scorsa");
}

proptest::proptest! {
    /// A past day said by its weekday alone is that weekday of this week
    /// (Monday first), the one a reader takes it for; an earlier week's
    /// says "last" / "scorso", and every weekday said is the day's own.
    #[test]
    fn a_weekday_alone_is_never_the_coming_one(
        start in 0u64..400,
        back in 2u64..7,
    ) {
        let today = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default() + chrono::Days::new(start);
        let date = today - chrono::Days::new(back);
        let monday = today - chrono::Days::new(u64::from(today.weekday().num_days_from_monday()));
        for (lang, names) in [(Language::English, calendar::en_weekday as fn(Weekday) -> &'static str), (Language::Italian, calendar::it_weekday)] {
            let said = lang.when(date, today);
            proptest::prop_assert!(said.contains(names(date.weekday())), "{said} for {date} on {today}");
            let alone = !said.contains("last") && !said.contains("scors");
            proptest::prop_assert_eq!(alone, date >= monday, "{} for {} on {}", said, date, today);
        }
    }
}

proptest::proptest! {
    /// A day to come is named by its word when it is today or tomorrow,
    /// in either language, and always said whole after it and a comma (no
    /// brackets beside the id's): the word never hides the day, nor a day
    /// past tomorrow takes one.
    #[test]
    fn today_and_tomorrow_are_named_before_their_day(start in 0u64..800, ahead in 0u64..9) {
        let today = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default() + chrono::Days::new(start);
        let date = today + chrono::Days::new(ahead);
        for (lang, words) in [(Language::English, ["today", "tomorrow"]), (Language::Italian, ["oggi", "domani"])] {
            let said = lang.day_to_come(date, today);
            let whole = lang.weekday_date(date, today);
            let expected = match words.get(ahead as usize) {
                Some(word) => format!("{word}, {whole}"),
                None => whole,
            };
            proptest::prop_assert_eq!(said, expected);
        }
    }
}

#[test]
fn italian_places_take_their_article() {
    let it = Language::Italian;
    for (summary, expected) in [
        ("cena", "a cena"),
        ("cena da Paolo", "a cena da Paolo"),
        ("cena di Natale", "alla cena di Natale"),
        ("pranzo", "a pranzo"),
        ("caffè", "davanti a un caffè"),
        ("un caffè", "davanti a un caffè"),
        ("meetup", "al meetup"),
        ("evento", "all'evento"),
        ("startup weekend", "allo startup weekend"),
        ("colazione sul pricing", "alla colazione sul pricing"),
        ("il pranzo", "al pranzo"),
        ("Talent Garden", "a Talent Garden"),
        ("Meetup Rust Milano", "al Meetup Rust Milano"),
        ("Aperitivo Fintech", "all'Aperitivo Fintech"),
        ("Serata Women in Tech", "alla Serata Women in Tech"),
        ("aperitivo startup", "all'aperitivo startup"),
        ("RustLab", "a RustLab"),
        ("Ethos", "a Ethos"),
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
                    also: Vec::new(),
                    hosted: false,
                    thanked_only: false,
                }),
                today(),
                false
            ),
            format!("è stato un piacere conoscerti {expected} oggi.")
        );
    }
}

#[test]
fn english_places_take_their_article() {
    let en = Language::English;
    for (summary, expected) in [
        ("pitch night", "at the pitch night"),
        ("Talent Garden", "at Talent Garden"),
        ("RustLab", "at RustLab"),
        ("Product Breakfast", "at the Product Breakfast"),
        ("Rust Milano Meetup", "at the Rust Milano Meetup"),
        ("Meetup Rust Milano", "at the Meetup Rust Milano"),
        ("coffee", "over coffee"),
        ("a coffee", "over coffee"),
        ("lunch", "over lunch"),
        ("drinks", "over drinks"),
        ("coffee at Marta's", "over coffee at Marta's"),
        ("dinner party", "at the dinner party"),
    ] {
        assert_eq!(en.at(summary), expected, "{summary}");
    }
    assert_eq!(
        Language::Italian.at("Product Breakfast"),
        "al Product Breakfast"
    );
}

#[test]
fn a_moment_owned_by_someone_is_never_thanked_for() {
    let (en, it) = (Language::English, Language::Italian);
    for (lang, summary) in [
        (en, "her product dinner"),
        (en, "their launch party"),
        (it, "la sua cena"),
        (it, "sua cena di lancio"),
    ] {
        for thanking in [false, true] {
            let line = lang.opening(Some(&moment(Met, summary, 0)), today(), thanking);
            assert!(!line.contains(summary), "{summary:?}: {line}");
        }
    }
    assert_eq!(
        en.opening(
            Some(&moment(Met, "Anna's product dinner", 1)),
            today(),
            false
        ),
        "it was great to see you at Anna's product dinner yesterday."
    );
    // Trial w1: "thanks for the call about his round" to Omar.
    let call = moment(
        crate::domain::InteractionKind::Call,
        "call about his round",
        1,
    );
    assert_eq!(
        en.opening(Some(&call), today(), false),
        "thanks for the call yesterday."
    );
}

#[test]
fn italian_a_and_e_take_a_d_before_the_same_vowel() {
    let it = Language::Italian;
    let v = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(it.list(&v(&["Anna", "Elena"])), "Anna ed Elena");
    assert_eq!(it.list(&v(&["Elena", "Anna"])), "Elena e Anna");
    assert_eq!(it.list(&v(&["la vela", "«Ètna»"])), "la vela ed «Ètna»");
    assert_eq!(it.at("Aperitivo Club"), "all'Aperitivo Club");
    assert_eq!(it.at("Astro Club"), "ad Astro Club");
    assert_eq!(it.at("Talent Garden"), "a Talent Garden");
}

/// A moment of `kind` named `summary`, `days` before today, not the first.
fn moment(kind: crate::domain::InteractionKind, summary: &str, days: u64) -> Moment {
    Moment {
        id: crate::domain::Id(1),
        kind,
        summary: summary.into(),
        date: today() - chrono::Days::new(days),
        first: false,
        with_others: false,
        from: crate::domain::Voice::Both,
        also: Vec::new(),
        hosted: false,
        thanked_only: false,
    }
}

#[test]
fn a_moment_is_named_only_in_the_drafts_language_and_its_day_follows_the_noun() {
    use crate::domain::InteractionKind::Call;
    let (en, it) = (Language::English, Language::Italian);
    for (lang, m, want) in [
        (
            it,
            moment(Call, "portfolio review call", 10),
            "grazie per la chiamata del 21 novembre.",
        ),
        (
            en,
            moment(Call, "portfolio review call", 10),
            "thanks for the portfolio review call on 21 November.",
        ),
        (
            it,
            moment(Met, "caffè in centro", 1),
            "è stato bello vederti davanti a un caffè in centro ieri.",
        ),
        (
            it,
            moment(Call, "telefonata", 0),
            "grazie per la telefonata di oggi.",
        ),
        (
            it,
            moment(Met, "pitch night", 1),
            "è stato bello vederti ieri.",
        ),
        (
            it,
            moment(Met, "Meetup Rust Milano", 1),
            "è stato bello vederti al Meetup Rust Milano ieri.",
        ),
        (
            en,
            moment(Met, "Meetup Rust Milano", 1),
            "it was great to see you at the Meetup Rust Milano yesterday.",
        ),
    ] {
        assert_eq!(lang.opening(Some(&m), today(), false), want);
    }
}

#[test]
fn an_interest_not_in_the_drafts_language_is_said_as_a_name() {
    let (en, it) = (Language::English, Language::Italian);
    assert_eq!(it.interest("cooking"), "«cooking»");
    assert_eq!(it.interest("arrampicata"), "l'arrampicata");
    assert_eq!(en.interest("arrampicata"), "“arrampicata”");
    assert_eq!(en.interest("Climbing"), "climbing");
}

proptest::proptest! {
    /// One rule names a meeting: every attendee's draft about an event
    /// (or a meeting with others) names it the same way, whatever else it
    /// says (thanks for something) and whether it was where they first
    /// met ("great to meet you" or "great to see you", then the same
    /// place and day).
    #[test]
    fn every_attendee_hears_the_meeting_named_the_same_way(
        summary in 0usize..6,
        days in 0u64..=14,
        event in proptest::bool::ANY,
        italian in proptest::bool::ANY,
        attendees in proptest::collection::vec((proptest::bool::ANY, proptest::bool::ANY), 2..5),
    ) {
        let summaries = ["Rust Milano meetup", "Meetup Rust Milano", "cena di Natale", "pitch night", "dinner", "Talent Garden"];
        let lang = if italian { Language::Italian } else { Language::English };
        let kind = if event { crate::domain::InteractionKind::Event } else { Met };
        let named: Vec<String> = attendees
            .iter()
            .map(|(first, thanking)| {
                let m = Moment {
                    first: *first,
                    with_others: !event,
                    ..moment(kind, summaries[summary], days)
                };
                let line = lang.opening(Some(&m), today(), *thanking);
                // What follows "meet you"/"conoscerti", "see you"/"vederti".
                line.split_once(" you ")
                    .or_else(|| line.split_once("ti "))
                    .map(|(_, rest)| rest.to_string())
                    .unwrap_or(line)
            })
            .collect();
        proptest::prop_assert!(named.windows(2).all(|w| w[0] == w[1]), "{:?}", named);
        if is_place(summaries[summary]) && lang.names(summaries[summary]) {
            let at = lang.at(summaries[summary]);
            proptest::prop_assert!(named[0].starts_with(&at), "{:?} {}", named, at);
        }
    }
}

proptest::proptest! {
    /// How we met is free text: a moment is said as a place ("at the
    /// coworking kitchen") only when its summary is one noun phrase. With
    /// a habit or a time after it, said with a comma or not, it is named
    /// neutrally: its words are never put after "at"/"a" nor named as
    /// "the …" in the draft, in any language, any kind of opening.
    #[test]
    fn only_a_place_is_said_as_one(
        place in proptest::sample::select(&["coworking kitchen", "Talent Garden", "pitch night", "cucina del coworking", "bakery"][..]),
        tail in proptest::sample::select(&[", every morning", " every morning", ", ogni mattina", " ogni mattina", ", with the team", "; then drinks", " (twice)", ". Great chat"][..]),
        days in 0u64..=60,
        first in proptest::bool::ANY,
        thanking in proptest::bool::ANY,
        italian in proptest::bool::ANY,
    ) {
        let lang = if italian { Language::Italian } else { Language::English };
        let summary = format!("{place}{tail}");
        let m = Moment { first, ..moment(Met, &summary, days) };
        for said in [lang.opening(Some(&m), today(), thanking), lang.moment_name(&m)] {
            proptest::prop_assert!(!said.contains(place), "{summary:?} said as a place: {said:?}");
        }
    }
}

proptest::proptest! {
    /// A named occasion ("Fintech Club aperitivo", "cena Rust Milano") is
    /// named in every draft about it, in either language, as the user
    /// wrote it (trial 26y: "aperitivo" made it Italian, and English drafts
    /// said only "great to meet you today"), and never thanked for: it was
    /// nobody's to thank.
    #[test]
    fn a_named_occasion_is_named_as_written_and_never_thanked_for(
        name in proptest::collection::vec("[A-Z][bcdfglmnprstvz][aeiou][a-z]{2,6}", 1..3),
        noun in proptest::sample::select(&["aperitivo", "meetup", "dinner", "breakfast", "cena", "serata", "night", "workshop"][..]),
        noun_first in proptest::bool::ANY,
        days in 0u64..=14,
        event in proptest::bool::ANY,
        first in proptest::bool::ANY,
        with_others in proptest::bool::ANY,
        thanking in proptest::bool::ANY,
        italian in proptest::bool::ANY,
    ) {
        let name = name.join(" ");
        let summary = if noun_first { format!("{noun} {name}") } else { format!("{name} {noun}") };
        proptest::prop_assume!(is_place(&summary));
        let lang = if italian { Language::Italian } else { Language::English };
        let kind = if event { crate::domain::InteractionKind::Event } else { Met };
        let m = Moment { first, with_others, ..moment(kind, &summary, days) };
        let line = lang.opening(Some(&m), today(), thanking);
        proptest::prop_assert!(line.contains(&summary), "{summary:?}: {line:?}");
        proptest::prop_assert!(!line.contains("thanks") && !line.contains("grazie"), "{summary:?}: {line:?}");
        proptest::prop_assert!(lang.moment_name(&m).contains(&summary), "{summary:?}");
    }
}

proptest::proptest! {
    /// A moment only thanked for (their dinner, followed up since) is no
    /// first meeting to greet: what was told there is not said either, so
    /// "grazie per la cena: è stato un piacere conoscerti" read as two
    /// choices at odds (trial 26z). One reading: thanked, not greeted.
    #[test]
    fn a_moment_only_thanked_for_is_not_greeted_as_a_first_meeting(
        summary in proptest::sample::select(&["cena", "dinner", "pranzo", "lunch", "aperitivo", "barbecue"][..]),
        days in 0u64..=14,
        hosted in proptest::bool::ANY,
        thanking in proptest::bool::ANY,
        italian in proptest::bool::ANY,
    ) {
        let lang = if italian { Language::Italian } else { Language::English };
        let m = Moment { first: true, hosted, thanked_only: true, ..moment(Met, summary, days) };
        let line = lang.opening(Some(&m), today(), thanking);
        proptest::prop_assert!(!line.contains("meet you") && !line.contains("conoscerti"), "{summary:?}: {line:?}");
    }
}
