//! Words of one value split by an option. `add Giulia Conti --org Studio
//! Conti` reads, to clap, as org "Studio" and a name whose last word comes
//! after the option: "Giulia Conti Conti", written without a word said.
//! A positional value of several words must be typed in one run; when an
//! option cuts it, the command is refused, naming the option, so the
//! person can quote the value they meant. The shell and the `:` command
//! line both parse through [`parse_words`].

use std::ffi::OsString;

use clap::{ArgMatches, CommandFactory, FromArgMatches};

use super::args::Cli;

/// `words` (with the program name first: the shell's arguments, or
/// "givegive" and the `:` line's words) parsed as a [`Cli`], refused with
/// one line when a positional value's words are not side by side.
pub fn parse_words(words: &[OsString]) -> Result<Cli, clap::Error> {
    let mut cmd = Cli::command();
    let m = match cmd.try_get_matches_from_mut(words) {
        Ok(m) => m,
        Err(e) => return Err(dashed(&mut cmd, words, &e).unwrap_or(e)),
    };
    if let Some(msg) = option_taken(&cmd, &m, words).or_else(|| split(&cmd, &m)) {
        return Err(cmd.error(clap::error::ErrorKind::ArgumentConflict, msg));
    }
    Cli::from_arg_matches(&m)
}

/// A value that starts with a dash and holds a space (`add "-Dash Name"`)
/// is no option anyone typed, yet clap reads it as one ("unexpected
/// argument '-D'"): said as what to type, `--` before it (trial 28c).
/// The value after every option, since all after `--` is a value.
fn dashed(cmd: &mut clap::Command, words: &[OsString], e: &clap::Error) -> Option<clap::Error> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if e.kind() != ErrorKind::UnknownArgument {
        return None;
    }
    let Some(ContextValue::String(flag)) = e.get(ContextKind::InvalidArg) else {
        return None;
    };
    let text: Vec<String> = words
        .iter()
        .map(|w| w.to_string_lossy().into_owned())
        .collect();
    let at = text
        .iter()
        .skip(1)
        .position(|w| w.starts_with(flag.as_str()) && w.contains(char::is_whitespace))?
        + 1;
    let rest = &text[at + 1..];
    let typed = match rest.iter().any(|w| w.starts_with('-')) {
        // Options after it: they must come first, which only the person
        // can order; the rule, with the value.
        true => format!(
            "givegive {} [options] -- {}",
            shell_words::join(&text[1..at]),
            shell_words::quote(&text[at])
        ),
        false => {
            let mut line = vec!["givegive".to_string()];
            line.extend(text[1..at].iter().cloned());
            line.push("--".into());
            line.extend(text[at..].iter().cloned());
            shell_words::join(line)
        }
    };
    Some(cmd.error(
        ErrorKind::UnknownArgument,
        format!(
            "{} starts with a dash, so it reads as an option: put -- before it, after any options ({typed})",
            shell_words::quote(&text[at])
        ),
    ))
}

/// The first positional of the (sub)command `m` matched whose words an
/// option cuts in two, said as what to type instead.
/// An option whose value may start with a dash (`--birthday --12-01`)
/// that took the next option for its value: `add X --met --on friday`
/// would store "--on" as how they met. Refused, saying how to mean it
/// (`--met=--on`, one word, is taken as written).
fn option_taken(cmd: &clap::Command, m: &ArgMatches, words: &[OsString]) -> Option<String> {
    if let Some((name, sub)) = m.subcommand() {
        return cmd
            .find_subcommand(name)
            .and_then(|c| option_taken(c, sub, words));
    }
    let longs: Vec<&str> = cmd
        .get_arguments()
        .filter_map(clap::Arg::get_long)
        .collect();
    for arg in cmd.get_arguments().filter(|a| !a.is_positional()) {
        let Some(values) = m.get_raw(arg.get_id().as_str()) else {
            continue;
        };
        for value in values {
            let text = value.to_string_lossy();
            let named = text
                .strip_prefix("--")
                .is_some_and(|l| longs.contains(&l.split('=').next().unwrap_or(l)));
            if named && words.iter().any(|w| w == value) {
                let long = arg.get_long().unwrap_or_default();
                return Some(format!(
                    "--{long} took \"{text}\" for its value, and that is an option: give --{long} its value first, or write --{long}={text} to mean it"
                ));
            }
        }
    }
    None
}

fn split(cmd: &clap::Command, m: &ArgMatches) -> Option<String> {
    if let Some((name, sub)) = m.subcommand() {
        return cmd.find_subcommand(name).and_then(|c| split(c, sub));
    }
    for arg in cmd.get_positionals() {
        let id = arg.get_id().as_str();
        let Some(at) = m.indices_of(id).map(Iterator::collect::<Vec<_>>) else {
            continue;
        };
        let Some(gap) = at.windows(2).find(|w| w[1] != w[0] + 1) else {
            continue;
        };
        // Indices count within the subcommand's words, so the option is
        // found by the index its value holds, not by reading `words`.
        let cut = |a: &&clap::Arg| {
            m.indices_of(a.get_id().as_str())
                .is_some_and(|mut i| i.any(|i| i > gap[0] && i < gap[1]))
        };
        let option = cmd.get_arguments().filter(|a| !a.is_positional()).find(cut);
        let long = option
            .and_then(clap::Arg::get_long)
            .map(|l| format!("--{l}"));
        let long = long.unwrap_or_else(|| "an option".into());
        let value = arg.get_value_names().and_then(|v| v.first());
        let what = value.map_or_else(|| id.to_string(), |v| v.to_lowercase());
        // An option with a value: its value most likely lost the words
        // after it (`--org Finzi Partners`), which went to the positional;
        // say that, not that the name was split (trial 26r).
        if let Some(option) = option.filter(|o| o.get_action().takes_values()) {
            let took = words_at(m, option.get_id().as_str(), |i| i > gap[0] && i < gap[1]);
            let stray = words_at(m, id, |i| i >= gap[1]);
            return Some(format!(
                "{long} took only \"{took}\", and \"{stray}\" went to the {what}: \
                 quote a value of several words ({long} \"{took} {stray}\"), \
                 or type the {what} in one run"
            ));
        }
        return Some(format!(
            "the {what}'s words are split by {long}: type the {what} in one run"
        ));
    }
    None
}

/// The words `m` holds for the argument `id` at the indices `keep` says,
/// joined as typed.
fn words_at(m: &ArgMatches, id: &str, keep: impl Fn(usize) -> bool) -> String {
    let (Some(at), Some(raw)) = (m.indices_of(id), m.get_raw(id)) else {
        return String::new();
    };
    at.zip(raw)
        .filter(|(i, _)| keep(*i))
        .map(|(_, w)| w.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use proptest::prelude::*;

    use crate::command::Command;

    /// The option's value lost a word, not the name (trial 26r): the
    /// refusal says which words went where, and what to type.
    #[test]
    fn an_options_value_cut_short_is_said_as_such() {
        let words: Vec<String> = ["add", "Dora", "Finzi", "--org", "Finzi", "Partners"]
            .map(String::from)
            .to_vec();
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).expect("a date");
        let Err(e) = super::super::parse(&words, today) else {
            panic!("taken");
        };
        assert!(
            e.contains(
                "--org took only \"Finzi\", and \"Partners\" went to the name: \
                 quote a value of several words (--org \"Finzi Partners\"), \
                 or type the name in one run"
            ),
            "{e}"
        );
    }

    proptest! {
        /// Model: `add` with `--org VALUE` (or `--duplicate`) at word `k`
        /// of an n-word name is the name typed whole when the option stands
        /// before or after it, and refused, naming the option, in between.
        #[test]
        fn a_name_cut_by_an_option_is_refused(
            name in prop::collection::vec("[A-Z][a-z]{1,6}", 1..5),
            at in 0usize..5,
            flag in any::<bool>(),
        ) {
            let k = at.min(name.len());
            let option: Vec<String> = if flag {
                vec!["--duplicate".into()]
            } else {
                vec!["--org".into(), "Studio".into()]
            };
            let mut words = vec!["add".to_string()];
            words.extend(name[..k].iter().cloned());
            words.extend(option.iter().cloned());
            words.extend(name[k..].iter().cloned());
            let today = NaiveDate::from_ymd_opt(2026, 12, 7).expect("a date");
            match super::super::parse(&words, today) {
                Ok(t) => {
                    prop_assert!(k == 0 || k == name.len(), "{words:?} was taken");
                    let Command::Add(p) = t.command else {
                        return Err(TestCaseError::fail("not an add"));
                    };
                    prop_assert_eq!(p.name, name.join(" "));
                }
                Err(e) => {
                    prop_assert!(k > 0 && k < name.len(), "{words:?}: {e}");
                    prop_assert!(e.contains(&option[0]), "{e}");
                }
            }
        }
    }
}
