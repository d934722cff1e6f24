//! The draft table's second half: what happened since (thanks, promises,
//! introductions, their day, needs and helpers) and what is left out of
//! it, in English and Italian.

use super::table::{Case, NONE};
use crate::domain::InteractionKind::{Call, Event, Message, Met};
use crate::domain::draft::Greeting;

pub(super) fn cases() -> Vec<Case> {
    vec![
        Case {
            what: "thanks for what they gave lately",
            name: "Dana Kim",
            moment: Some((Met, "pitch practice", 4, true)),
            details: "training for a marathon",
            gave: Some("reviewed my rates"),
            expect: Ok("Hi Dana,\n\
                it was great to meet you at the pitch practice last Friday.\n\
                Thank you for reviewing my rates.\n\
                I have been thinking about what you told me: you are training for a marathon.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "thanks for a request of mine they granted: what they gave",
            name: "Dana Kim",
            moment: Some((Met, "pitch practice", 4, true)),
            gave: Some("feedback on my pitch deck: 30 minutes on my pitch deck"),
            expect: Ok("Hi Dana,\n\
                it was great to meet you at the pitch practice last Friday.\n\
                Thank you for the 30 minutes on my pitch deck.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "thanks for a give written with their pronoun",
            name: "Luca Ferri",
            moment: Some((Call, "call", 1, false)),
            gave: Some("introduced me to his old CTO"),
            expect: Ok("Hi Luca,\n\
                it was good to talk yesterday.\n\
                Thank you for introducing me to your old CTO.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "as promised: a follow-up of mine that names them",
            name: "Marco Verdi",
            moment: Some((Met, "firmware meetup", 3, true)),
            details: "building a drone controller",
            promised: &["send Marco the two firmware leads"],
            expect: Ok("Hi Marco,\n\
                it was great to meet you at the firmware meetup last Saturday.\n\
                I have been thinking about what you told me: you are building a drone controller.\n\
                As promised, I am sending you the two firmware leads.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "as promised: a promised give and a follow-up, one sentence",
            name: "Anna Rossi",
            moment: Some((Met, "pricing breakfast", 2, false)),
            promised: &["the pricing article", "share the deck with Anna"],
            expect: Ok("Hi Anna,\n\
                thanks for the pricing breakfast last Sunday.\n\
                As promised, I am sending you the pricing article and the deck.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "a follow-up that is not something to send is not said",
            name: "Anna Rossi",
            moment: Some((Met, "pricing breakfast", 2, false)),
            details: "usage-based pricing by Q2",
            promised: &["ask about the designer", "send him the deck"],
            expect: Ok("Hi Anna,\n\
                thanks for the pricing breakfast last Sunday.\n\
                I have been thinking about what you told me: usage-based pricing by Q2.\n\
                As promised, I am sending you the deck.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "an introduction made: hoped useful, never offered again",
            name: "Anna Rossi",
            moment: Some((Met, "pricing breakfast", 4, true)),
            details: "launching a new app",
            introduced: &["Giulia Conti"],
            expect: Ok("Hi Anna,\n\
                it was great to meet you at the pricing breakfast last Friday.\n\
                I have been thinking about what you told me: you are launching a new app.\n\
                I hope the introduction to Giulia Conti is useful.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "two introductions made",
            name: "Aisha Bello",
            moment: Some((Message, "LinkedIn messages", 1, false)),
            introduced: &["Emma Schneider", "Kai Novak"],
            expect: Ok("Hi Aisha,\n\
                it was good to hear from you yesterday.\n\
                I hope the introductions to Emma Schneider and Kai Novak are useful.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "a birthday in two days with nothing else: a greeting, not 'no details'",
            name: "Sara Bianchi",
            occasion: Some((Greeting::Birthday, 2)),
            expect: Ok("Hi Sara,\n\
                wishing you a wonderful birthday on Thursday.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "a birthday today, after a meeting",
            name: "Sara Bianchi",
            moment: Some((Met, "demo day", 1, false)),
            details: "invests only pre-seed",
            occasion: Some((Greeting::Birthday, 0)),
            expect: Ok("Hi Sara,\n\
                happy birthday!\n\
                Thanks for the demo day yesterday.\n\
                I have been thinking about what you told me: you invest only pre-seed.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "an anniversary tomorrow",
            name: "Paolo Esposito",
            occasion: Some((Greeting::Anniversary, 1)),
            interest: Some("Climbing"),
            expect: Ok("Hi Paolo,\n\
                wishing you a wonderful anniversary tomorrow.\n\
                By the way, I saw we are both into climbing.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "someone else's private news is never told, nor the 'she' after it",
            name: "Marta Neri",
            moment: Some((Met, "dinner at Paolo's", 1, true)),
            details: "Paolo's wife is pregnant; she wants to leave her job",
            expect: Ok("Hi Marta,\n\
                it was great to meet you over dinner at Paolo's yesterday.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "a name as the subject is someone else's news; the rest is theirs",
            name: "Bruno Galli",
            moment: Some((Met, "demo day", 1, true)),
            details: "moving to Lisbon in May; Lucia mentioned her startup raised a seed",
            expect: Ok("Hi Bruno,\n\
                it was great to meet you at the demo day yesterday.\n\
                I have been thinking about what you told me: you are moving to Lisbon in May.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "someone in the journal, named in lower case, is someone else",
            name: "Giulia Conti",
            moment: Some((Met, "studio visit", 1, false)),
            details: "loves bouldering; told marco about the new job",
            known: &["marco"],
            expect: Ok("Hi Giulia,\n\
                thanks for the studio visit yesterday.\n\
                I have been thinking about what you told me: you love bouldering.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "a group meeting: a note without its subject could be anyone's",
            name: "Marco Bianchi",
            moment: Some((Met, "climbing gym", 2, false)),
            details: "wants to leave the job; marco: he is setting a new route on the north wall",
            others: &["Anna Rossi"],
            expect: Ok("Hi Marco,\n\
                it was great to see you at the climbing gym last Sunday.\n\
                I have been thinking about what you told me: you are setting a new route on the north wall.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "someone close to them is someone else: their news is left out",
            name: "Chiara Romano",
            moment: Some((Met, "coworking lunch", 1, false)),
            details: "moving to Turin; her husband lost his job last week; Anna's sister got divorced",
            expect: Ok("Hi Chiara,\n\
                thanks for the coworking lunch yesterday.\n\
                I have been thinking about what you told me: you are moving to Turin.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "what I did to them, without a subject, is not said as theirs",
            name: "Chiara Romano",
            moment: Some((Met, "coworking lunch", 1, false)),
            details: "told her about the open role; They are expecting twins; moving to Turin",
            expect: Ok("Hi Chiara,\n\
                thanks for the coworking lunch yesterday.\n\
                I have been thinking about what you told me: you are moving to Turin.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "a name before the colon that is nobody's at the meeting: left out",
            name: "Ben Carter",
            moment: Some((Call, "coffee with Julia and Ben", 0, false)),
            details: "julie: got divorced last month, keep it quiet; ben: looking for a studio space",
            others: &["Julia Novak"],
            expect: Ok("Hi Ben,\n\
                thanks for the call today.\n\
                I have been thinking about what you told me: you are looking for a studio space.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "thanks for a noun: with its article; a past verb with its object is done, not a state",
            name: "Julia Novak",
            moment: Some((Met, "portfolio review", 1, false)),
            details: "placed a designer at Bending Spoons",
            gave: Some("intro to Marta Ferri"),
            expect: Ok("Hi Julia,\n\
                it was great to see you at the portfolio review yesterday.\n\
                Thank you for the intro to Marta Ferri.\n\
                I have been thinking about what you told me: you placed a designer at Bending Spoons.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "an introduction lately: no second one offered for the need",
            name: "Giulia Conti",
            moment: Some((Met, "studio visit", 1, false)),
            introduced: &["Sofia Riva"],
            need: Some("a product photographer"),
            helper: Some("Chiara Greco"),
            expect: Ok("Hi Giulia,\n\
                thanks for the studio visit yesterday.\n\
                I hope the introduction to Sofia Riva is useful.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "italiano: 'mi' e il verbo, rivolta a lei; la sua richiesta non le è ridetta",
            lang: "it",
            name: "Chiara Greco",
            moment: Some((Met, "aperitivo", 1, false)),
            details: "mi chiede se conosco startup fintech; mi ha invitato al suo matrimonio; apre uno studio a Torino",
            expect: Ok("Ciao Chiara,\n\
                grazie per l'aperitivo di ieri.\n\
                Ho ripensato a quello che mi hai raccontato: mi hai invitato al tuo matrimonio e apri uno studio a Torino.\n\
                A presto"),
            ..NONE
        },
        Case {
            what: "italiano: grazie per un nome, con l'articolo",
            lang: "it",
            name: "Luca Ferri",
            moment: Some((Call, "chiamata", 1, false)),
            gave: Some("report sul venture capital italiano"),
            expect: Ok("Ciao Luca,\n\
                è stato bello sentirti ieri.\n\
                Grazie per il report sul venture capital italiano.\n\
                A presto"),
            ..NONE
        },
        Case {
            what: "told in confidence: not written back; their own sister, alone with them, is theirs to hear",
            name: "Lena Park",
            moment: Some((Met, "coffee", 1, false)),
            details: "pregnant, only told close friends; her sister is getting divorced; hiring a designer",
            expect: Ok("Hi Lena,\n\
                it was great to see you over coffee yesterday.\n\
                I have been thinking about what you told me: your sister is getting divorced.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "a promise that sends the introduction to the helper: not offered again",
            name: "Omar Haddad",
            moment: Some((Met, "pitch night", 1, false)),
            promised: &["send Omar the intro to Priya"],
            need: Some("seed investors"),
            helper: Some("Priya Shah"),
            expect: Ok("Hi Omar,\n\
                thanks for the pitch night yesterday.\n\
                As promised, I am sending you the intro to Priya.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "hosted, and thanked on its own line: the opening does not thank twice",
            name: "Laura Neri",
            moment: Some((Met, "dinner at Laura's", 1, false)),
            gave: Some("hosted dinner for us"),
            expect: Ok("Hi Laura,\n\
                it was great to see you over dinner yesterday.\n\
                Thank you for hosting dinner for us.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "italiano: una cena a casa sua, e la prima volta che vi conoscete",
            lang: "it",
            name: "Laura Neri",
            moment: Some((Met, "cena da Laura", 1, true)),
            expect: Ok("Ciao Laura,\n\
                grazie per la cena di ieri: è stato un piacere conoscerti.\n\
                A presto"),
            ..NONE
        },
        Case {
            what: "a moment hosted by them: not a place to tell them they were at, thanked for",
            name: "Luca Ferri",
            moment: Some((Event, "birthday dinner at Luca's", 2, false)),
            details: "opening a studio in Turin",
            expect: Ok("Hi Luca,\n\
                thanks for the birthday dinner last Sunday.\n\
                I have been thinking about what you told me: you are opening a studio in Turin.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "one thing promised twice, as a give and a follow-up, is said once",
            name: "Tom Baker",
            moment: Some((Met, "recruiting lunch", 3, false)),
            promised: &[
                "the list of data engineering recruiters",
                "send Tom the list of data recruiters",
            ],
            expect: Ok("Hi Tom,\n\
                thanks for the recruiting lunch last Saturday.\n\
                As promised, I am sending you the list of data engineering recruiters.\n\
                Talk soon"),
            ..NONE
        },
        Case {
            what: "italiano: grazie per quello che mi ha dato",
            lang: "it",
            name: "Dana Kim",
            moment: Some((Met, "aperitivo", 2, false)),
            gave: Some("il feedback sul mio pitch"),
            expect: Ok("Ciao Dana,\n\
                è stato bello vederti all'aperitivo domenica scorsa.\n\
                Grazie per il feedback sul mio pitch.\n\
                A presto"),
            ..NONE
        },
        Case {
            what: "italiano: come promesso, senza il nome di chi lo riceve",
            lang: "it",
            name: "Marco Verdi",
            moment: Some((Met, "meetup firmware", 3, true)),
            promised: &["mandare a Marco i due contatti"],
            expect: Ok("Ciao Marco,\n\
                è stato un piacere conoscerti al meetup firmware sabato scorso.\n\
                Come promesso, ti mando i due contatti.\n\
                A presto"),
            ..NONE
        },
        Case {
            what: "italiano: una presentazione fatta",
            lang: "it",
            name: "Anna Rossi",
            moment: Some((Met, "colazione sul pricing", 4, true)),
            introduced: &["Giulia Conti"],
            expect: Ok("Ciao Anna,\n\
                è stato un piacere conoscerti alla colazione sul pricing venerdì scorso.\n\
                Spero che ti sia utile conoscere Giulia Conti.\n\
                A presto"),
            ..NONE
        },
        Case {
            what: "italiano: un compleanno fra due giorni",
            lang: "it",
            name: "Sara Bianchi",
            occasion: Some((Greeting::Birthday, 2)),
            expect: Ok("Ciao Sara,\n\
                ti auguro un buon compleanno giovedì.\n\
                A presto"),
            ..NONE
        },
        Case {
            what: "italiano: la notizia di qualcun altro resta fuori",
            lang: "it",
            name: "Marta Neri",
            moment: Some((Met, "cena da Paolo", 1, true)),
            details: "cerca casa a Torino; la moglie di Paolo è incinta; vuole lasciare il lavoro",
            expect: Ok("Ciao Marta,\n\
                è stato un piacere conoscerti a cena da Paolo ieri.\n\
                Ho ripensato a quello che mi hai raccontato: cerchi casa a Torino.\n\
                A presto"),
            ..NONE
        },
        Case {
            what: "italiano: un nome come soggetto è di qualcun altro",
            lang: "it",
            name: "Bruno Galli",
            moment: Some((Met, "demo day", 1, true)),
            details: "Lucia dice che la sua startup ha chiuso un round",
            interest: Some("Vela"),
            expect: Ok("Ciao Bruno,\n\
                è stato un piacere conoscerti al demo day ieri.\n\
                A proposito, ho visto che ci accomuna la passione per la vela.\n\
                A presto"),
            ..NONE
        },
    ]
}
