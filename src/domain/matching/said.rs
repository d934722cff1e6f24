//! Whose side a reason of `match` is told from, and each need said once
//! ("needs \"un designer\"; Sara offers \"design di prodotto\" and works
//! as designer": a trial read the need twice in one line).

/// Whose side a reason is told from: the helper's ("offers X for N"), or
/// the needy's, naming the helper ("needs N; Aisha offers X").
pub(super) enum Said {
    ByHelper,
    ByNeedy(String),
}

impl Said {
    /// Adds the reason for `need` to `reasons`: `helper` as said of the
    /// helper ("offers "X" for "N""), or `does` after the needy's need
    /// ("needs "N"; Aisha offers "X""), joined with "and" to the reason
    /// already saying that need.
    pub(super) fn push(&self, reasons: &mut Vec<String>, need: &str, helper: String, does: &str) {
        match self {
            Said::ByHelper => reasons.push(helper),
            Said::ByNeedy(first) => {
                let said = format!("needs \"{need}\"; {first} ");
                match reasons.iter_mut().find(|r| r.starts_with(&said)) {
                    Some(r) => {
                        r.push_str(" and ");
                        r.push_str(does);
                    }
                    None => reasons.push(format!("{said}{does}")),
                }
            }
        }
    }
}
