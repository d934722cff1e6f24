//! How a match's reasons are said: from the helper's side or the needy's,
//! and each need once, however many things answer it.

/// Whose side a reason is told from: the helper's ("offers X for N"), or
/// the needy's, naming the helper ("needs N; Aisha offers X").
pub(super) enum Said {
    ByHelper,
    ByNeedy(String),
}

impl Said {
    /// The one reason for `need`, from what answers it: each a pair of
    /// the helper's whole phrase ("offers "X" for "N"") and what they do
    /// ("offers "X""). One thing is said as before; several are listed
    /// after one mention of the need (a fresh tester read "needs "a
    /// designer"; … · needs "a designer"; …" on one row). `None`: nothing
    /// answers it.
    pub(super) fn once(&self, need: &str, found: Vec<(String, String)>) -> Option<String> {
        let mut found = found.into_iter();
        let (whole, does) = found.next()?;
        let more: Vec<String> = found.map(|(_, does)| does).collect();
        let does = match more.split_last() {
            None => does,
            Some((last, middle)) => {
                let head = std::iter::once(does).chain(middle.iter().cloned());
                format!("{} and {last}", head.collect::<Vec<_>>().join(", "))
            }
        };
        Some(match self {
            Said::ByHelper if more.is_empty() => whole,
            Said::ByHelper => format!("{does}, for \"{need}\""),
            Said::ByNeedy(first) => format!("needs \"{need}\"; {first} {does}"),
        })
    }
}
