//! What can be an email, a phone number or a web address: the one rule
//! `add`, `edit` and the TUI's forms refuse a value by (through the
//! command layer), so an email never lands among the phones. Written by
//! hand: the crates that parse these (`url`, `email_address`) accept far
//! more than a person means here ("mailto:x", `"a b"@x`, a bare word).
//!
//! A value may carry a label typed before it, `LABEL=VALUE` ("cell=+39 333
//! 1234567", "work=anna@x.it"); the rule reads the value after it.

/// What kind of way to reach someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReachKind {
    Email,
    Phone,
    Url,
    Address,
}

impl ReachKind {
    /// The word a card and the status line use for it.
    pub fn word(self) -> &'static str {
        match self {
            ReachKind::Email => "email",
            ReachKind::Phone => "phone",
            ReachKind::Url => "web",
            ReachKind::Address => "address",
        }
    }

    /// What one is called: "the {noun} at the start of this line".
    pub fn noun(self) -> &'static str {
        match self {
            ReachKind::Email => "email address",
            ReachKind::Phone => "phone number",
            ReachKind::Url => "web address",
            ReachKind::Address => "address",
        }
    }

    /// Whether `value` (its label taken off) can be this kind. Postal
    /// addresses have their own parser and take any text.
    pub fn fits(self, value: &str) -> bool {
        match self {
            ReachKind::Email => is_email(value),
            ReachKind::Phone => is_phone(value),
            ReachKind::Url => is_url(value),
            ReachKind::Address => true,
        }
    }

    /// What an import says of a file's `value` that `add` and `edit`
    /// would refuse as this kind, by their one rule ([`ReachKind::fits`]),
    /// as it says of a date that is no date (trial 27t #5: a card's
    /// `URL:javascript:alert(1)` was kept, and exported as a link):
    /// `web address 'javascript:alert(1)' is not a web address, left out`.
    pub fn left_out(self, value: &str) -> Option<String> {
        if self.fits(value) {
            return None;
        }
        let field = match self {
            ReachKind::Url => "web address",
            other => other.word(),
        };
        Some(format!(
            "{field} '{}' is not {} {}, left out",
            super::text::quote(value),
            self.article(),
            self.noun()
        ))
    }

    /// "a" or "an", before [`ReachKind::noun`].
    fn article(self) -> &'static str {
        if self.noun().starts_with(['a', 'e']) {
            "an"
        } else {
            "a"
        }
    }

    /// The list it goes under (the shell's flag, the form's field).
    fn goes_under(self) -> &'static str {
        match self {
            ReachKind::Email => "emails go under email",
            ReachKind::Phone => "phones go under phone",
            ReachKind::Url => "web addresses go under url",
            ReachKind::Address => "addresses go under address",
        }
    }

    /// Why `item` (as typed, label and all) cannot be saved as this kind,
    /// in one line naming the value (not its label) and, when it fits another kind, where
    /// it goes: `"+39 333" is not an email address; phones go under phone`.
    pub fn refusal(self, item: &str) -> Option<String> {
        let (_, value) = labelled(item);
        if self.fits(value) {
            return None;
        }
        let (noun, article) = (self.noun(), self.article());
        let elsewhere = [ReachKind::Email, ReachKind::Phone, ReachKind::Url]
            .into_iter()
            .find(|k| *k != self && k.fits(value));
        let hint = match (elsewhere, self) {
            (Some(other), _) => other.goes_under(),
            (None, ReachKind::Email) => "write it as name@example.com",
            (None, ReachKind::Phone) => "a phone has at least 5 digits, as +39 333 1234567",
            (None, ReachKind::Url) => "write it as example.com or https://example.com/page",
            (None, ReachKind::Address) => "",
        };
        // The value alone: its label ("home=") is not what is wrong.
        Some(format!("\"{value}\" is not {article} {noun}; {hint}"))
    }
}

/// An email, phone or URL as saved, split into its label and value. Only
/// addresses have a label field; the others take one written the way an
/// address is typed, `LABEL=VALUE` ("cell=+39 333 1234567"), where LABEL is
/// one short word of letters. Anything else is a value without a label, so
/// a URL's query (`?a=b`) is never read as one.
pub fn labelled(text: &str) -> (&str, &str) {
    match text.split_once('=') {
        Some((label, value))
            if !label.is_empty()
                && label.chars().count() <= 12
                && label.chars().all(char::is_alphabetic)
                && !value.trim().is_empty() =>
        {
            (label, value.trim())
        }
        _ => ("", text.trim()),
    }
}

/// One `@` between a local part and a domain, neither empty, no spaces or
/// list punctuation anywhere.
fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !"@,;<>()[]\"\\".contains(c))
        && is_domain(domain)
}

/// Dot-separated words of letters, digits and inner hyphens, at least two,
/// ending in a top-level word of letters ("x.it", "mail.klarheit.de",
/// "xn--80ak6aa92e.com").
fn is_domain(domain: &str) -> bool {
    let parts: Vec<&str> = domain.split('.').collect();
    let word = |p: &&str| {
        !p.is_empty()
            && p.chars().all(|c| c.is_alphanumeric() || c == '-')
            && !p.starts_with('-')
            && !p.ends_with('-')
    };
    let top = parts.last().copied().unwrap_or_default();
    parts.len() >= 2
        && parts.iter().all(word)
        && (top.starts_with("xn--")
            || (top.chars().count() >= 2 && top.chars().all(char::is_alphabetic)))
}

/// Digits grouped by spaces, dashes, dots, slashes or brackets, an
/// optional leading `+`, and an optional extension at the end ("ext 12",
/// "x12"): at least 5 digits and at most 15 in the number itself, as an
/// international number has, and no other letters.
fn is_phone(value: &str) -> bool {
    let number = without_extension(value);
    let digits = number.chars().filter(char::is_ascii_digit).count();
    let body = number.strip_prefix('+').unwrap_or(number);
    (5..=15).contains(&digits)
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || " -./()".contains(c))
}

/// The one rule for "the same phone number", whatever way it was written:
/// the last nine digits of the number (without its country or trunk
/// prefix: "+39 333 1234567" is "333 1234567", as "(111) 555-4444" is
/// "111-555-4444"), with its extension's digits apart, since an extension
/// is another line. A number of fewer than seven digits is too short to
/// tell from another this way and is known by its text, case aside. The
/// import's matcher, its merge, its three-way base and `labelled::add_phone`
/// all compare phones by it, so a number that matched a person is never
/// added to them again.
pub fn phone_key(value: &str) -> String {
    let number = without_extension(value);
    let digits: Vec<char> = number.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 7 {
        return super::text::fold(value);
    }
    let tail: String = digits[digits.len() - 9.min(digits.len())..]
        .iter()
        .collect();
    let extension: String = value[number.len()..]
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    match extension.is_empty() {
        true => tail,
        false => format!("{tail}x{extension}"),
    }
}

/// The number before an extension ("+49 30 1234 ext. 56" → "+49 30 1234").
pub(crate) fn without_extension(value: &str) -> &str {
    let lower = value.to_ascii_lowercase();
    for mark in [" ext.", " ext", " x", "#"] {
        if let Some(at) = lower.rfind(mark) {
            let tail = lower[at + mark.len()..].trim();
            if (1..=6).contains(&tail.len()) && tail.chars().all(|c| c.is_ascii_digit()) {
                return value[..at].trim_end();
            }
        }
    }
    value
}

/// A web page: `http://` or `https://` and a host, or a host alone
/// ("klarheit.de/anna"); the host is a domain (with an optional port), and
/// nothing has spaces or an `@` before the path, which would make it an
/// email.
fn is_url(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let rest = ["https://", "http://"]
        .iter()
        .find_map(|s| lower.starts_with(s).then(|| &value[s.len()..]))
        .unwrap_or(value);
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..end];
    let host = match host.rsplit_once(':') {
        Some((h, port)) if !port.is_empty() && port.chars().all(|c| c.is_ascii_digit()) => h,
        _ => host,
    };
    !value.chars().any(|c| c.is_whitespace() || c.is_control()) && is_domain(host)
}

#[cfg(test)]
mod tests;
