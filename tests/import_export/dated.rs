//! Report 27d #6: no date on a card is left out without a line on stderr.

use predicates::str::contains;

use super::J;

#[test]
fn dates_without_a_label_come_in_and_a_second_anniversary_is_said() {
    let j = J::new();
    let file = j.path("dates.vcf");
    std::fs::write(
        &file,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy Nolabel\r\nN:Nolabel;Cy;;;\r\n\
         item1.X-ABDATE:2019-09-14\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dee Pref\r\nN:Pref;Dee;;;\r\n\
         X-ABDATE;TYPE=pref:2020-01-02\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Both\r\nN:Both;Ben;;;\r\n\
         ANNIVERSARY:2010-05-05\r\nX-ANNIVERSARY:2011-06-06\r\nEND:VCARD\r\n",
    )
    .expect("written");
    j.cmd(
        "a",
        &["import", "--format", "vcard", file.to_str().expect("utf-8")],
    )
    .assert()
    .success()
    .stdout(contains("added 3 people"))
    .stderr(contains(
        "anniversary '2011-06-06' left out: the card also says '2010-05-05', kept",
    ));
    for (who, day) in [("cy", "2019-09-14"), ("dee", "2020-01-02")] {
        let dates = &j.card("a", who)["contact"]["dates"];
        assert_eq!(dates[0]["label"], "date", "{who}: {dates}");
        let n = |k: &str| dates[0][k].as_u64().unwrap_or_default();
        let got = format!("{}-{:02}-{:02}", n("year"), n("month"), n("day"));
        assert_eq!(got, day, "{who}: {dates}");
    }
    let dates = &j.card("a", "ben")["contact"]["dates"];
    assert_eq!(dates.as_array().map(Vec::len), Some(1), "{dates}");
    assert_eq!(dates[0]["year"], 2010, "{dates}");
}
