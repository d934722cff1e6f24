//! Being hosted is something they gave (trial 26x: "cena da Paolo" on
//! 12-01, then `intro paolo marco` on 12-02, and Paolo's draft of 12-03
//! had no "grazie per la cena", only "ti ho pensato in questi giorni").
//! Trial 28b #6: a later event ("Aperitivo Fintech Club") dropped the
//! thanks for "cena da Beatrice" the same way.
//! On random journals, against a plain model: a draft thanks them for a
//! meal at theirs of the last two weeks exactly when no message of mine
//! went to them since, however I followed it up and whatever we did after
//! it (an event, a call); the thanks is said once, before the later
//! moment's line; and it never opens with "thinking of you lately" days
//! after we were in touch.

use chrono::{Days, NaiveDate};
use givegive::command::{self, Env};
use givegive::config::Config;
use givegive::domain::draft::Template;
use givegive::journal::Journal;
use proptest::prelude::*;

/// A meal with Paolo, the draft's language, and whether he hosted it.
const MEALS: &[(&str, &str, bool)] = &[
    ("cena da Paolo", "it", true),
    ("dinner at Paolo's", "en", true),
    ("pranzo", "it", false),
    ("cena da Laura", "it", false),
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn a_meal_at_theirs_is_thanked_until_i_wrote(
        meal in 0..MEALS.len(),
        act in prop::option::of((any::<bool>(), 0..4u64)),
        mine in prop::option::of(1..5u64),
        after in 1..20u64,
        later in prop::option::of((any::<bool>(), 0..4u64)),
    ) {
        let fail = |e: String| TestCaseError::fail(e);
        let dinner = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        let today = dinner + Days::new(after);
        let dir = tempfile::tempdir().map_err(|e| fail(e.to_string()))?;
        let journal = Journal::open(&dir.path().join("j")).map_err(|e| fail(e.to_string()))?;
        let config = Config::defaults();
        let s = |t: &str| t.to_string();
        let run = |args: Vec<String>| -> Result<(), TestCaseError> {
            let typed = givegive::words::parse(&args, today).map_err(fail)?;
            let env = Env::unattended(today, &config, givegive::words::label(&typed.command));
            command::run(&journal, &env, typed.command).map_err(|e| fail(e.to_string()))?;
            Ok(())
        };
        let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
        run(vec![s("add"), s("Paolo Rossi")])?;
        run(vec![s("add"), s("Marco Bianchi")])?;
        let (summary, lang, hosted) = MEALS[meal];
        // Something to say in every draft, whatever else is left out.
        let promise = if lang == "it" { "il listino prezzi" } else { "the pricing deck" };
        run(vec![s("gave"), s("paolo"), s(promise), s("--open"), s("--on"), day(dinner)])?;
        run(vec![s("met"), s("paolo"), s(summary), s("--on"), day(dinner)])?;
        // Followed up by helping: an introduction or a give, that day or later.
        if let Some((intro, k)) = act.filter(|(_, k)| dinner + Days::new(*k) < today) {
            let on = day(dinner + Days::new(k));
            if intro {
                run(vec![s("intro"), s("paolo"), s("marco"), s("a partner"), s("--on"), on])?;
            } else {
                run(vec![s("gave"), s("paolo"), s("a book"), s("--on"), on])?;
            }
        }
        // A newer moment with him: an event with others, or a call.
        let later = later.filter(|(_, k)| dinner + Days::new(*k) <= today);
        if let Some((event, k)) = later {
            let on = day(dinner + Days::new(k));
            if event {
                run(vec![s("event"), s("Aperitivo Fintech Club"), s("--with"), s("paolo"), s("--with"), s("marco"), s("--on"), on])?;
            } else {
                run(vec![s("met"), s("paolo"), s("call"), s("--kind"), s("call"), s("--on"), on])?;
            }
        }
        // A message of mine since (a draft marked sent).
        let wrote = mine.map(|k| dinner + Days::new(k)).filter(|d| *d <= today);
        if let Some(d) = wrote {
            run(vec![s("met"), s("paolo"), s("message"), s("--kind"), s("message"), s("--from"), s("me"), s("--on"), day(d)])?;
        }
        let template = Template::for_language(lang, None).ok_or_else(|| fail(s("no template")))?;
        let id = journal.resolve("Paolo Rossi").map_err(|e| fail(e.to_string()))?;
        let draft = journal.draft(id, None, today, &template, 7).map_err(|e| fail(e.to_string()))?;
        let text = draft.text.to_lowercase();
        let thanks = ["grazie per la cena", "thanks for the dinner"];
        let said: usize = thanks.iter().map(|t| text.matches(t).count()).sum();
        prop_assert_eq!(said == 1, hosted && wrote.is_none() && after <= 14, "{}", draft.text);
        prop_assert!(said <= 1, "thanked twice: {}", draft.text);
        // Before the newer moment's line, when the draft names it.
        let at = thanks.iter().find_map(|t| text.find(t));
        let newer = ["aperitivo", "sentirti", "to talk"].iter().find_map(|w| text.find(w));
        if let (Some(at), Some(newer)) = (at, newer) {
            prop_assert!(at < newer, "{}", draft.text);
        }
        let seen = wrote.unwrap_or(dinner);
        let lately = text.contains("thinking of you lately") || text.contains("ti ho pensato");
        prop_assert!(!(lately && (today - seen).num_days() <= 14), "{}", draft.text);
    }
}
