//! What I think of them, even with a verb: an evaluation of the person is
//! my note, never their news.
//!
//! What they told me is something that happens in their life: a plan, an
//! event, a change ("is moving to Berlin", "started a new job", "è stata
//! promossa"). What I think of them is a quality I see in them: a copula
//! with a quality after it ("he is arrogant with juniors", "è arrogante
//! con i junior"), a seeming ("seems tired", "sembra stanca"), a verb of
//! judging ("undercharging by half", "sottovaluta il suo lavoro"), a
//! measure against what they should do ("too", "troppo", "should",
//! "dovrebbe"). After a copula only what reads as a happening or a state
//! of their life is news: a verb form ("is moving", "is booked"), a place
//! or a time ("is in Berlin", "è a Tokyo"), a role ("is a founder now",
//! "CTO at Acme"), a number, or a state they tell of in a closed list
//! ("pregnant", "not sure", "incinta"). Anything else after a copula is a
//! quality: when unsure, the clause is my note and is left out.

/// Verbs and participles that judge how someone does things: said by me,
/// never by them. Matched as the start of a word ("undercharg…").
const JUDGING: &[&str] = &[
    "undercharg",
    "overcharg",
    "underpric",
    "overpric",
    "undersell",
    "undersold",
    "oversell",
    "oversold",
    "underestimat",
    "overestimat",
    "underrat",
    "overrat",
    "overthink",
    "overthought",
    "overreact",
    "overcommit",
    "overpromis",
    "underperform",
    "underdeliver",
    "overshar",
    "talented",
    "gifted",
    "skilled",
    "opinionated",
    "disorgani",
    "centred",
    "centered",
    "absorbed",
    "minded",
    "reserved",
    "experienced",
    "motivated",
    "boring",
    "charming",
    "demanding",
    "amazing",
    "annoying",
    "interesting",
    "promising",
    "inspiring",
    "intimidating",
    "frustrating",
    "condescending",
    "entitled",
    "conceited",
    "spoil",
    "sottovalut",
    "sopravvalut",
    "esager",
    "viziat",
    "disorganizzat",
    "permalos",
];

/// A measure against what they should do, or a seeming: my view.
const VIEWS: &[&str] = &[
    "should",
    "ought",
    "seems",
    "seemed",
    "appears",
    "dovrebbe",
    "dovrebbero",
    "sembra",
    "sembrava",
    "sembrano",
    "pare",
];

/// "is", "è": what follows says what they are, a happening or a quality.
const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "è", "era", "sarà", "sono", "erano", "resta", "rimane",
];

/// Words between a copula and its complement that say neither ("is still
/// …", "è stata …", "è appena …").
const BETWEEN: &[&str] = &[
    "just",
    "already",
    "recently",
    "finally",
    "also",
    "still",
    "now",
    "currently",
    "soon",
    "been",
    "being",
    "not",
    "no",
    "longer",
    "appena",
    "già",
    "ancora",
    "finalmente",
    "anche",
    "ora",
    "adesso",
    "non",
    "più",
    "stato",
    "stata",
    "stati",
    "state",
];

/// What follows a copula and makes it a place, a time or a role: news.
const PLACE_OR_ROLE: &[&str] = &[
    "in", "at", "on", "from", "with", "off", "away", "back", "home", "abroad", "out", "between",
    "into", "until", "about", "going", "a", "an", "the", "da", "al", "alla", "allo", "ai", "alle",
    "nel", "nella", "nello", "nei", "negli", "nelle", "con", "su", "sul", "sulla", "tra", "fra",
    "fino", "per", "di", "un", "una", "uno", "il", "lo", "la", "i", "gli", "le", "l",
];

/// Qualities that make a role an evaluation ("a great mentor", "un
/// ottimo manager"): an article phrase holding one is my note.
const EVALUATIVE: &[&str] = &[
    "great",
    "good",
    "bad",
    "terrible",
    "excellent",
    "brilliant",
    "poor",
    "weak",
    "strong",
    "natural",
    "real",
    "total",
    "born",
    "nice",
    "lousy",
    "ottimo",
    "ottima",
    "bravo",
    "brava",
    "pessimo",
    "pessima",
    "gran",
    "vero",
    "vera",
    "bel",
    "bella",
    "buon",
    "buona",
    "person",
    "persona",
    "guy",
    "tipo",
    "type",
    "kind",
    "character",
    "man",
    "woman",
    "uomo",
    "donna",
];

/// States of their life, or feelings they tell of: news after a copula.
/// Italian adjectives by their stem, with one ending for gender and number
/// (`stem_of` below).
const STATES: &[&str] = &[
    "pregnant",
    "expecting",
    "sure",
    "unsure",
    "excited",
    "happy",
    "worried",
    "nervous",
    "tired",
    "exhausted",
    "busy",
    "free",
    "available",
    "sick",
    "ill",
    "single",
    "engaged",
    "married",
    "retired",
    "unemployed",
    "ready",
    "keen",
    "interested",
    "curious",
    "open",
    "new",
    "incint",
    "sicur",
    "felic",
    "content",
    "preoccupat",
    "stanc",
    "entusiast",
    "liber",
    "impegnat",
    "pront",
    "malat",
    "fidanzat",
    "sposat",
    "disoccupat",
    "curios",
    "interessat",
    "emozionat",
    "indecis",
    "incert",
    "disponibil",
    "apert",
    "nuov",
];

/// Italian participles that end in neither "-ato" nor "-ito" nor "-uto".
const IT_PARTICIPLES: &[&str] = &[
    "promoss", "assunt", "nat", "rimast", "scelt", "mess", "pres", "elett", "fatt", "dett",
    "scritt", "mort", "chius", "apert", "vist", "spint", "sciolt", "rott", "vint", "pers", "tolt",
    "sospes", "raccolt", "aggiunt", "chiest", "ridott", "prodott", "dimess", "rimoss", "offert",
    "risolt", "coinvolt", "conclus", "esclus", "decis", "divis", "espuls", "accolt",
];

/// Whether a clause judges them rather than telling what happens to them
/// (the rule above). `words` are its words, lowercased; `raw` the same
/// words as written (a capital after a copula is a role or a name).
pub(super) fn judges(words: &[&str], raw: &[&str]) -> bool {
    let starts = |w: &str, stems: &[&str]| stems.iter().any(|s| w.starts_with(s));
    let stem_of = |w: &str, stems: &[&str]| {
        stems.iter().any(|s| {
            w == *s
                || (w
                    .strip_prefix(s)
                    .is_some_and(|e| matches!(e, "a" | "o" | "i" | "e")))
        })
    };
    if words
        .iter()
        .any(|w| starts(w, JUDGING) || VIEWS.contains(w))
        || words.iter().any(|w| w.starts_with("tropp"))
        || words.windows(2).any(|p| p[0] == "too")
        || words.windows(2).any(|p| {
            matches!(p[0], "looks" | "looked")
                && !matches!(p[1], "for" | "forward" | "after" | "into")
        })
    {
        return true;
    }
    let Some(at) = words.iter().position(|w| COPULAS.contains(w)) else {
        return false;
    };
    let Some(i) = (at + 1..words.len()).find(|&i| !BETWEEN.contains(&words[i])) else {
        // "she is", "è stata": nothing said of them.
        return false;
    };
    let w = words[i];
    let capital = raw
        .get(i)
        .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase));
    let rest = &words[i..];
    if PLACE_OR_ROLE.contains(&w) {
        // "a great mentor", "un ottimo manager": a role, judged.
        return rest.iter().take(3).any(|r| EVALUATIVE.contains(r));
    }
    let happening = capital
        || w.chars().next().is_some_and(|c| c.is_ascii_digit())
        || super::mine::verb(w)
        || stem_of(w, STATES)
        || stem_of(w, IT_PARTICIPLES)
        || [
            "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute",
        ]
        .iter()
        .any(|e| w.chars().count() > 4 && w.ends_with(e));
    !happening
}
