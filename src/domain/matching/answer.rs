//! The one rule for "does what someone does answer this need", and its
//! near misses: `match`, `H` and drafts all ask it here.

use super::head;

/// How a phrase of what someone does (an offer, a role, notes) answers a
/// need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Answer {
    /// It names every essential word of the need: points for how many.
    Yes(u32),
    /// It names some of them, or names another place: why not.
    Miss(String),
    /// Nothing in common.
    No,
}

/// Whether `text` (an offer, a role, notes) answers `need`: it names
/// EVERY essential word of the need ([`head::essential`]: its words of
/// substance, past articles, prepositions and generic qualifiers such as
/// "senior", "good", "qualcuno", "esperto"), each by stem, in English or
/// Italian, or through a group of words naming the same thing
/// ("engineer", "developer", "ingegnere"; "contacts", "introductions").
/// So "a senior Rust engineer" needs "rust" and "engineer", and "React
/// development" does not answer it; "a head of engineering" needs "head"
/// and "engineering". Naming some but not all of them is a near miss,
/// said with the words not named ("\"rust\" not named"), and so is
/// naming another nationality, market or language than the need's
/// ("\"african\" is not \"italian\""), and so is help about it when
/// help is not what is needed ("rust engineering advice" for "a rust
/// engineer": "\"advice\" is not \"engineer\""); so is naming a general
/// need's own head without the rest ("contatti per lavoro" for "un lavoro
/// a Milano": "\"milano\" not named"). Naming only help, contacts or a job
/// otherwise, or nothing, is nothing in common.
pub(crate) fn answers(need: &str, text: &str) -> Answer {
    let essential = head::essential(need);
    let (nw, tw) = (head::all_words(need), head::all_words(text));
    let tw: Vec<String> = tw.into_iter().filter(|w| head::content(w)).collect();
    let (found, missing): (Vec<String>, Vec<String>) = essential
        .into_iter()
        .partition(|w| tw.iter().any(|t| head::names(w, t)));
    if found.is_empty() {
        return Answer::No;
    }
    // Help, contacts or a job say little alone.
    let specific = found.iter().any(|w| !head::is_general(w));
    if let Some((theirs, wanted)) = head::contradicts(&nw, &tw).filter(|_| specific) {
        return Answer::Miss(format!("\"{theirs}\" is not \"{wanted}\""));
    }
    // Advice about a trade is not the tradesperson: the text's head must
    // answer the need's, unless help is what is needed (a user trial).
    let heads = (head::head(need), head::head(text));
    let about = match &heads {
        (Some(wanted), Some(theirs)) if head::is_help(theirs) && !head::is_help(wanted) => {
            Some(format!("\"{theirs}\" is not \"{wanted}\""))
        }
        _ => None,
    };
    if missing.is_empty() && about.is_none() {
        return Answer::Yes(u32::try_from(found.len()).unwrap_or(1));
    }
    // A general need's own head named ("contatti per lavoro" for "un
    // lavoro a Milano") comes close: said, with what is not named.
    let head_named = about.is_none() && heads.0.as_ref().is_some_and(|h| found.contains(h));
    if !specific && (!head_named || missing.is_empty()) {
        return Answer::No;
    }
    if let Some(why) = about.filter(|_| missing.is_empty()) {
        return Answer::Miss(why);
    }
    let quoted: Vec<String> = missing.iter().map(|w| format!("\"{w}\"")).collect();
    Answer::Miss(format!("{} not named", quoted.join(", ")))
}

/// Whether `text` names a need's head, not a general one ("hiring a
/// designer" for "a product designer"): a draft that says it offers help
/// without naming the need again. The head's own noun phrase may hold no
/// other thing: "a data engineer" does not name "a Rust developer"'s head
/// (nor "un ingegnere dei dati" "uno sviluppatore Rust"), or the offer
/// after it would read as the one for data.
pub(crate) fn names_head(need: &str, text: &str) -> bool {
    let Some(h) = head::head(need).filter(|h| !head::is_general(h)) else {
        return false;
    };
    let essential = head::essential(need);
    let words = head::all_words(text);
    let Some(at) = words.iter().position(|t| head::names(&h, t)) else {
        return false;
    };
    // Before the head, back to the text's start; after it, what still
    // qualifies it ("dei dati", "freelance"; not "for the app", "to help"):
    // a word of substance there must be one of the need's.
    const OF: &[&str] = &["di", "dei", "del", "della", "degli", "delle", "of"];
    let after = words
        .iter()
        .skip(at + 1)
        .take(2)
        .take_while(|w| head::content(w) || OF.contains(&w.as_str()));
    let around = words[..at].iter().chain(after);
    around
        .filter(|w| head::content(w))
        .all(|w| essential.iter().any(|e| head::names(e, w)))
}

#[cfg(test)]
mod tests {
    use super::names_head;

    /// Trial v1: "your team is hiring a data engineer. Paolo might be the
    /// right person" offered Paolo for "a Rust developer": the head's noun
    /// phrase holding another thing names another need.
    #[test]
    fn a_head_with_another_thing_beside_it_names_another_need() {
        assert!(names_head("a product designer", "a designer"));
        assert!(names_head(
            "a product designer",
            "a designer for the new app"
        ));
        assert!(!names_head("a Rust developer", "a data engineer"));
        assert!(!names_head(
            "uno sviluppatore Rust",
            "un ingegnere dei dati"
        ));
        assert!(names_head("uno sviluppatore Rust", "uno sviluppatore Rust"));
    }
}
