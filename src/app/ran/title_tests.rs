//! An output's title names people in words, even while the app's list
//! of people is out for reloading (as it is whenever a change's report
//! arrives): "intro Anna Rossi, Bruno Neri", never "intro #1, #2".

use chrono::NaiveDate;

use crate::app::{App, Data, Msg, Overlay, Printed, Ran};
use crate::command::{self, Env};
use crate::config::Config;
use crate::journal::Journal;

#[test]
fn a_change_s_output_is_titled_with_names() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a day");
    let dir = tempfile::tempdir().expect("dir");
    let journal = Journal::open(&dir.path().join("j")).expect("journal");
    let config = Config::defaults();
    let env = Env::unattended(today, &config, String::new());
    let run = |line: &str| {
        let words: Vec<String> = line.split(' ').map(|w| w.replace('_', " ")).collect();
        let typed = crate::words::parse(&words, today).expect("parses");
        (
            typed.command.clone(),
            command::run(&journal, &env, typed.command),
        )
    };
    let ids: Vec<_> = ["add Anna Rossi", "add Bruno Neri"]
        .iter()
        .map(|l| match run(l).1 {
            Ok(command::Report::Done(d)) => d.written[0],
            other => panic!("{other:?}"),
        })
        .collect();
    let why = "both_build_payment_systems_for_small_shops_in_the_north_of_Italy_and_want_to_share_what_they_learnt_about_compliance_and_onboarding_merchants_quickly_without_fraud";
    let (command, result) = run(&format!(
        "intro #{} #{} {why} +payments --follow-up 2w",
        ids[0].0, ids[1].0
    ));
    let (out, err) = match &result {
        Ok(report) => crate::print::lines(report, false, today),
        Err(e) => panic!("{e:?}"),
    };
    // The list of people is empty, as while it is reloaded.
    let mut app = App::new(Data::default(), today, "journal".into());
    app.update(Msg::Ran(Box::new(Ran {
        command,
        json: false,
        result,
        printed: Printed { out, err },
    })));
    let Some(Overlay::Output { title, .. }) = &app.overlay else {
        panic!("the report opens whole: {:?}", app.status);
    };
    assert_eq!(title, "intro Anna Rossi, Bruno Neri");
}
