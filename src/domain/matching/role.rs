//! How someone's role is said: a title is what they work as ("works as
//! CFO"), a field is what they work in ("works in marketing"): "works as
//! marketing" is not English (a user trial).

use super::head;

/// Words that name a field of work, not a person: whole words.
const FIELDS: &[&str] = &[
    "sales",
    "legal",
    "design",
    "product",
    "research",
    "finance",
    "hr",
    "ops",
    "operations",
    "tech",
    "it",
    "ux",
    "ui",
    "fintech",
    "healthcare",
    "education",
    "finanza",
    "vendite",
    "ricerca",
];

/// Endings of a field's words ("marketing", "analytics", "compliance",
/// "management", "biology", "communication", "comunicazione").
const FIELD_ENDINGS: &[&str] = &[
    "ing", "ics", "ance", "ence", "ment", "logy", "logia", "tion", "zione",
];

/// "works as CFO", "works in marketing": a field when every word of
/// substance names one ("product marketing"), a title when any names a
/// person ("marketing manager", "responsabile marketing"), whichever
/// language puts the noun first.
pub(crate) fn works(role: &str) -> String {
    let role = role.trim();
    let words: Vec<String> = head::all_words(role)
        .into_iter()
        .filter(|w| head::content(w))
        .collect();
    let field = !words.is_empty()
        && words
            .iter()
            .all(|w| FIELDS.contains(&w.as_str()) || FIELD_ENDINGS.iter().any(|e| w.ends_with(e)));
    if field {
        format!("works in {role}")
    } else {
        format!("works as {role}")
    }
}

#[cfg(test)]
mod tests {
    use super::works;

    #[test]
    fn a_title_is_worked_as_and_a_field_worked_in() {
        for (role, said) in [
            ("marketing", "works in marketing"),
            ("Marketing", "works in Marketing"),
            ("product marketing", "works in product marketing"),
            ("sales", "works in sales"),
            ("UX", "works in UX"),
            ("compliance", "works in compliance"),
            ("comunicazione", "works in comunicazione"),
            ("CFO", "works as CFO"),
            ("designer", "works as designer"),
            ("marketing manager", "works as marketing manager"),
            ("head of engineering", "works as head of engineering"),
            ("commercialista", "works as commercialista"),
            ("responsabile marketing", "works as responsabile marketing"),
        ] {
            assert_eq!(works(role), said, "{role}");
        }
    }
}
