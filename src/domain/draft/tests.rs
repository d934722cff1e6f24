//! The draft table: one row per situation a follow-up is written in,
//! asserting the exact message (or the exact reason there is none).

use super::*;
use crate::domain::InteractionKind::{Call, Event, Message, Met};

mod advice;
mod capitals;
mod clauses;
mod echo;
mod first;
mod happened;
mod notes;
mod once;
mod promises;
mod reasons;
mod sent;
mod table;
mod thanks;
mod turning;
mod wishes;

use table::{Case, NONE, context, run};

/// What they told you, and where: moments, details and whose they are.
fn cases() -> Vec<Case> {
    vec![
        Case {
            what: "first meeting yesterday, with what they told you",
            name: "Tom Ng",
            moment: Some((Met, "pitch night at Talent Garden", 1, true)),
            details: "raising a seed round in March",
            need: Some("seed investors"),
            expect: Ok("Hi Tom,\n\
                it was great to meet you at the pitch night at Talent Garden yesterday.\n\
                I have been thinking about what you told me: you are raising a seed round in March.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "first meeting at a named place, on a weekday",
            name: "Anna Rossi",
            moment: Some((Met, "Talent Garden", 3, true)),
            details: "moving to usage-based pricing by Q2",
            interest: Some("Climbing"),
            expect: Ok("Hi Anna,\n\
                it was great to meet you at Talent Garden last Saturday.\n\
                I have been thinking about what you told me: you are moving to usage-based pricing by Q2.\n\
                By the way, I saw we are both into climbing.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "someone known for months: thanks, not 'great to meet you'; a capital with no cue of a person is a place",
            name: "Paolo Esposito",
            moment: Some((Met, "bouldering session", 2, false)),
            details: "his firm wants tech clients; training for Arco in spring",
            interest: Some("Climbing"),
            expect: Ok("Hi Paolo,\n\
                thanks for the bouldering session last Sunday.\n\
                I have been thinking about what you told me: your firm wants tech clients and you are training for Arco in spring.\n\
                By the way, I saw we are both into climbing.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "old friend, last seen months ago",
            name: "Tommaso De Luca",
            moment: Some((Met, "catch-up lunch", 200, false)),
            interest: Some("Cooking"),
            expect: Ok("Hi Tommaso,\n\
                it has been a while since the catch-up lunch in May.\n\
                By the way, I saw we are both into cooking.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "old friend with nothing logged but a need",
            name: "Matteo Lombardi",
            need: Some("a Rust engineer"),
            helper: Some("Marco Bianchi"),
            expect: Ok("Hi Matteo,\n\
                I have been thinking of you lately.\n\
                I know you are looking for a Rust engineer; Marco Bianchi might be the right person, and I would be happy to introduce you.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "group meeting: what is about Anna stays out of Marco's draft",
            name: "Marco Bianchi",
            moment: Some((Met, "climbing gym", 2, false)),
            details: "Anna's daughter started climbing; marco: he is setting a new route on the north wall",
            others: &["Anna Rossi"],
            expect: Ok("Hi Marco,\n\
                it was great to see you at the climbing gym last Sunday.\n\
                I have been thinking about what you told me: you are setting a new route on the north wall.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "named for her, her own family is hers to hear; the other's, by his last name, is not",
            name: "Anna Rossi",
            moment: Some((Met, "climbing gym", 2, false)),
            details: "anna: her daughter started climbing; bianchi: his wife is pregnant",
            others: &["Marco Bianchi"],
            expect: Ok("Hi Anna,\n\
                it was great to see you at the climbing gym last Sunday.\n\
                I have been thinking about what you told me: your daughter started climbing.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "group meeting: Anna's own item, in the second person",
            name: "Anna Rossi",
            moment: Some((Met, "climbing gym", 2, false)),
            details: "Anna's team started climbing; marco: looking for firmware clients",
            others: &["Marco Bianchi"],
            expect: Ok("Hi Anna,\n\
                it was great to see you at the climbing gym last Sunday.\n\
                I have been thinking about what you told me: your team started climbing.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "group meeting: an item named for the recipient with a pronoun",
            name: "Giulia Conti",
            moment: Some((Event, "Anna's product dinner", 6, true)),
            details: "giulia: her studio is booked until March; anna: needs the redesign by spring",
            others: &["Anna Rossi"],
            expect: Ok("Hi Giulia,\n\
                it was great to meet you at Anna's product dinner last Wednesday.\n\
                I have been thinking about what you told me: your studio is booked until March.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "group meeting: an unnamed pronoun could be anyone's, so it is left out",
            name: "Hugo Lefèvre",
            moment: Some((Event, "RustLab Florence", 5, false)),
            details: "her talk was the best of the day",
            others: &["Yuki Tanaka"],
            interest: Some("Jazz"),
            expect: Ok("Hi Hugo,\n\
                it was great to see you at RustLab Florence last Thursday.\n\
                By the way, I saw we are both into jazz.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "notes in the third person are turned to the second",
            name: "Giulia Conti",
            moment: Some((Met, "studio visit", 1, false)),
            details: "Giulia is booked until March",
            expect: Ok("Hi Giulia,\n\
                thanks for the studio visit yesterday.\n\
                I have been thinking about what you told me: you are booked until March.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "a judgement of them (praise too) is my note, left out: the moment alone is said",
            name: "Sara Greco",
            moment: Some((Met, "demo day", 1, false)),
            details: "she cooks amazing pasta",
            expect: Ok("Hi Sara,\n\
                thanks for the demo day yesterday.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "a call: thanked as a call, with its details",
            name: "Marco Bianchi",
            moment: Some((Call, "call about the parser", 11, false)),
            details: "suggested nom over hand-written\nlooking for firmware clients in Turin",
            expect: Ok("Hi Marco,\n\
                thanks for the call about the parser on 20 November.\n\
                I have been thinking about what you told me: you suggested nom over hand-written and you are looking for firmware clients in Turin.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "a call logged without the word call",
            name: "José García",
            moment: Some((Call, "quick sync", 0, false)),
            details: "struggling with enterprise sales cycles",
            expect: Ok("Hi José,\n\
                thanks for the call today.\n\
                I have been thinking about what you told me: you are struggling with enterprise sales cycles.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "messages only",
            name: "Aisha Bello",
            moment: Some((Message, "LinkedIn messages", 4, false)),
            details: "looking for European co-investors in fintech",
            need: Some("European co-investors"),
            helper: Some("Emma Schneider"),
            expect: Ok("Hi Aisha,\n\
                it was good to hear from you last Friday.\n\
                I have been thinking about what you told me: you are looking for European co-investors in fintech.\n\
                Emma Schneider might be the right person, and I would be happy to introduce you.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "a shared interest is all there is",
            name: "Elena Moretti",
            moment: Some((Met, "alumni evening at Politecnico", 9, true)),
            interest: Some("Photography"),
            expect: Ok("Hi Elena,\n\
                it was great to meet you at the alumni evening at Politecnico on 22 November.\n\
                By the way, I saw we are both into photography.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "a need nobody can help with: no help is promised",
            name: "Kai Novak",
            moment: Some((Met, "coworking lunch", 2, false)),
            need: Some("a second opinion on rates"),
            expect: Ok("Hi Kai,\n\
                thanks for the coworking lunch last Sunday.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "the need already told is not said twice",
            name: "Elena Moretti",
            moment: Some((Met, "lab visit", 2, false)),
            details: "grant deadline in January; needs two industry partners",
            need: Some("industry partners for a grant"),
            expect: Ok("Hi Elena,\n\
                thanks for the lab visit last Sunday.\n\
                I have been thinking about what you told me: you need two industry partners.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "a first call logged as a meeting: nobody is met at a call",
            lang: "it",
            name: "Luca Ferri",
            moment: Some((Met, "telefonata", 1, true)),
            details: "sta cercando casa a Torino",
            expect: Ok("Ciao Luca,\n\
                grazie per la telefonata di ieri.\n\
                Ho ripensato a quello che mi hai raccontato: stai cercando casa a Torino.\n\
                A presto"),
            ..NONE
        },
        Case {
            what: "a first video call logged as a meeting",
            name: "Lucy Fern",
            moment: Some((Met, "zoom call", 1, true)),
            details: "looking for a flat in Turin",
            expect: Ok("Hi Lucy,\n\
                thanks for the zoom call yesterday.\n\
                I have been thinking about what you told me: you are looking for a flat in Turin.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "a first meeting by email is no place to be at",
            name: "Giorgio Mariani",
            moment: Some((Met, "cold email about my blog post", 2, true)),
            details: "wants an internship in a Rust team",
            expect: Ok("Hi Giorgio,\n\
                it was great to connect last Sunday.\n\
                I have been thinking about what you told me: you want an internship in a Rust team.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "italiano: primo incontro, con l'articolo giusto",
            lang: "it",
            name: "Sara Greco",
            moment: Some((Met, "startup weekend", 1, true)),
            details: "investe solo in pre-seed",
            interest: Some("Cucina"),
            expect: Ok("Ciao Sara,\n\
                è stato un piacere conoscerti allo startup weekend ieri.\n\
                Ho ripensato a quello che mi hai raccontato: investi solo in pre-seed.\n\
                A proposito, ho visto che ci accomuna la passione per la cucina.\n\
                A presto"),
            ..NONE
        },
        Case {
            what: "italiano: una cena tra amici, il giorno della settimana",
            lang: "it",
            name: "Francesca Ricci",
            moment: Some((Met, "cena da Luca", 3, false)),
            details: "francesca: comincia un corso di ceramica",
            others: &["Luca Ferri"],
            need: Some("un sito che prenda ordini"),
            expect: Ok("Ciao Francesca,\n\
                è stato bello vederti a cena da Luca sabato scorso.\n\
                Ho ripensato a quello che mi hai raccontato: cominci un corso di ceramica.\n\
                A presto"),
            ..NONE
        },
        Case {
            what: "italiano: una chiamata, e una nota in terza persona",
            lang: "it",
            name: "Giulia Conti",
            moment: Some((Call, "chiamata sul progetto", 8, false)),
            details: "Giulia è impegnata fino a marzo",
            expect: Ok("Ciao Giulia,\n\
                grazie per la chiamata sul progetto del 23 novembre.\n\
                Ho ripensato a quello che mi hai raccontato: sei impegnata fino a marzo.\n\
                A presto"),
            ..NONE
        },
        Case {
            what: "italiano: un vecchio amico, con chi può aiutare",
            lang: "it",
            name: "Matteo Lombardi",
            moment: Some((Met, "pranzo in ufficio", 120, false)),
            need: Some("un ingegnere Rust"),
            helper: Some("Marco Bianchi"),
            expect: Ok("Ciao Matteo,\n\
                è passato un po' da quando ci siamo visti al pranzo in ufficio di agosto.\n\
                So che cerchi un ingegnere Rust: Marco Bianchi potrebbe fare al caso tuo e, se vuoi, vi presento.\n\
                A presto"),
            ..NONE
        },
        Case {
            what: "italiano: un evento con nome proprio",
            lang: "it",
            name: "Yuki Tanaka",
            moment: Some((Event, "RustLab Florence", 0, false)),
            details: "yuki: il suo keynote sull'open source è andato benissimo",
            others: &["Hugo Lefèvre"],
            interest: Some("Open source"),
            expect: Ok("Ciao Yuki,\n\
                è stato bello vederti a RustLab Florence oggi.\n\
                Ho ripensato a quello che mi hai raccontato: il tuo keynote sull'open source è andato benissimo.\n\
                A presto"),
            ..NONE
        },
    ]
    .into_iter()
    .chain(happened::cases())
    .collect()
}

#[test]
fn every_situation_reads_as_written() {
    let cases = cases();
    let mut wrong = Vec::new();
    for case in &cases {
        let got = run(case).map(|d| d.text);
        let expected = case.expect.map(str::to_string).map_err(str::to_string);
        if got != expected {
            wrong.push(format!(
                "{}:\n  expected {expected:?}\n  got      {got:?}",
                case.what
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(cases.len() >= 30, "the table needs at least 30 situations");
}

#[test]
fn what_is_left_out_is_said_beside_the_draft() {
    let case = Case {
        name: "Sara Greco",
        moment: Some((Met, "demo day", 1, false)),
        details: "she cooks amazing pasta; invests only pre-seed",
        ..NONE
    };
    let d = run(&case).unwrap_or_else(|e| panic!("{e}"));
    assert!(d.text.contains("you invest only pre-seed"), "{}", d.text);
    assert!(!d.text.contains("pasta"), "{}", d.text);
    assert_eq!(d.notes.len(), 1);
    assert!(d.notes[0].starts_with("left out \"she cooks amazing pasta\""));
}

/// A fresh meeting with no details still has a true message: the moment
/// named, with a note that no details were used (never a refusal).
#[test]
fn a_meeting_with_no_details_is_drafted_with_a_note() {
    for lang in ["en", "it"] {
        let case = Case {
            name: "Bruno Galli",
            moment: Some((Met, "pitch night", 0, true)),
            lang,
            ..NONE
        };
        let d = run(&case).unwrap_or_else(|e| panic!("{lang}: {e}"));
        assert_eq!(d.lines.len(), 3, "{lang}: {}", d.text);
        assert!(
            d.notes
                .iter()
                .any(|n| n.starts_with("no details of what Bruno told you were used")),
            "{lang}: {:?}",
            d.notes
        );
    }
}

#[test]
fn a_users_template_keeps_its_placeholders() {
    let own = Template::for_language("en", Some("Hey {first_name}! At {where} {when}: {detail}?"))
        .unwrap_or_else(|| unreachable!());
    let case = Case {
        name: "Anna Rossi",
        moment: Some((Met, "pricing breakfast", 1, true)),
        details: "usage-based pricing by Q2",
        ..NONE
    };
    let ctx = context(&case, own.language);
    let template = own;
    assert_eq!(
        draft(&ctx, &template).map(|d| d.text),
        Ok("Hey Anna! At the pricing breakfast yesterday: usage-based pricing by Q2?".into())
    );
    assert!(Template::for_language("fr", None).is_none());
}

#[test]
fn a_greeting_names_the_first_word_with_a_letter() {
    assert_eq!(super::first_name("👩‍💻 Zoë 🎉 Okonkwo"), "Zoë");
    assert_eq!(super::first_name("Anna Rossi"), "Anna");
    assert_eq!(super::first_name("山田太郎"), "山田太郎");
    assert_eq!(super::first_name("🎉"), "🎉");
}
mod together;
