//! One patch type for a person's fields (issue 26): whatever `add` is
//! given, the person is the same as one added with a name alone and then
//! given the same fields by `edit`: both apply the one patch in one place.

use chrono::{Days, NaiveDate};
use givegive::command::{self, Command, Env, NewPerson, PersonEdit, PersonFields, Who};
use givegive::config::Config;
use givegive::domain::{Labelled, Tier};
use givegive::journal::Journal;
use proptest::prelude::*;

fn words() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec("[a-zA-Zè ]{1,10}", 0..3)
}

/// Emails, phones or web addresses: what `add` and `edit` take as such.
fn reach(pattern: &'static str) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(pattern, 0..3)
}

fn word() -> impl Strategy<Value = Option<String>> {
    prop::option::of("[a-zA-Zè ]{1,12}")
}

fn fields() -> impl Strategy<Value = PersonFields> {
    (
        (words(), word(), 0u64..900, word(), word()),
        (
            reach("((work|home)=)?[a-z]{1,6}@[a-z]{1,6}\\.it"),
            reach("((cell|Fax)=)?\\+39 [0-9]{3} [0-9]{4,7}"),
            reach("[a-z]{1,8}\\.de(/[a-z]{1,5})?"),
            words(),
            words(),
        ),
        (words(), words(), word(), prop::option::of(0u16..400)),
        prop::option::of(prop::sample::select(Tier::ALL.to_vec())),
    )
        .prop_map(
            |(
                (aliases, met, ago, org, role),
                (emails, phones, urls, tags, interests),
                (needs, offers, notes, cadence),
                tier,
            )| {
                let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
                // A meeting added is on a day: the same day an edit sets.
                let on = met
                    .as_ref()
                    .and_then(|_| today.checked_sub_days(Days::new(ago)));
                PersonFields {
                    aliases,
                    met,
                    on,
                    org,
                    role,
                    emails: emails.iter().map(|e| Labelled::parse(e)).collect(),
                    phones: phones.iter().map(|p| Labelled::parse(p)).collect(),
                    urls,
                    tags,
                    interests,
                    needs,
                    offers,
                    notes,
                    cadence,
                    tier,
                    ..PersonFields::default()
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn adding_with_fields_is_adding_then_editing_them(fields in fields()) {
        // Nothing to change is an edit refused.
        prop_assume!(!fields.is_empty());
        let fail = |e: String| TestCaseError::fail(e);
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
        let dir = tempfile::tempdir().map_err(|e| fail(e.to_string()))?;
        let journal = Journal::open(&dir.path().join("j")).map_err(|e| fail(e.to_string()))?;
        let config = Config::defaults();
        let env = Env::unattended(today, &config, String::new());
        let add = |name: &str, fields: PersonFields| Command::Add(Box::new(NewPerson {
            name: name.into(),
            fields,
            duplicate: false,
            details: String::new(),
            follow_up: false,
            follow_up_on: None,
            at_event: false,
        }));
        let run = |c: Command| command::run(&journal, &env, c).map_err(|e| fail(e.to_string()));
        let added = run(add("Ada Added", fields.clone()));
        run(add("Eda Edited", PersonFields::default()))?;
        let edited = run(Command::Edit(Box::new(PersonEdit {
            who: Who::Typed("Eda Edited".into()),
            name: None,
            fields,
            dropped: Default::default(),
        })));
        prop_assert_eq!(added.is_ok(), edited.is_ok(), "{:?} / {:?}", added, edited);
        let card = |n: &str| -> Result<serde_json::Value, TestCaseError> {
            let id = journal.resolve(n).map_err(|e| fail(e.to_string()))?;
            let mut c = serde_json::to_value(journal.contact(id).map_err(|e| fail(e.to_string()))?)
                .map_err(|e| fail(e.to_string()))?;
            for k in ["id", "name"] {
                c[k] = serde_json::Value::Null;
            }
            Ok(c)
        };
        if added.is_ok() {
            prop_assert_eq!(card("Ada Added")?, card("Eda Edited")?);
        }
    }
}
