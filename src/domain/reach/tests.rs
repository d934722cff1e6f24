use proptest::prelude::*;

use super::*;

#[test]
fn a_label_is_one_short_word_before_an_equals_sign() {
    assert_eq!(
        labelled("cell=+39 333 1234567"),
        ("cell", "+39 333 1234567")
    );
    assert_eq!(
        labelled("work=anna@klarheit.de"),
        ("work", "anna@klarheit.de")
    );
    assert_eq!(labelled("anna@klarheit.de"), ("", "anna@klarheit.de"));
    // A URL's query, a label of several words or an empty value are
    // not labels.
    assert_eq!(labelled("https://x.it/?a=b"), ("", "https://x.it/?a=b"));
    assert_eq!(labelled("my work=a@b.it"), ("", "my work=a@b.it"));
    assert_eq!(labelled("home="), ("", "home="));
}

#[test]
fn the_trial_s_values_are_refused_with_where_they_go() {
    assert_eq!(
        ReachKind::Email.refusal("+39 333").as_deref(),
        Some("\"+39 333\" is not an email address; phones go under phone")
    );
    assert_eq!(
        ReachKind::Phone.refusal("work=anna@x.it").as_deref(),
        Some("\"anna@x.it\" is not a phone number; emails go under email")
    );
    assert_eq!(
        ReachKind::Url.refusal("+39 333 1234567").as_deref(),
        Some("\"+39 333 1234567\" is not a web address; phones go under phone")
    );
    assert!(ReachKind::Email.refusal("gmail").is_some());
    for (kind, fine) in [
        (ReachKind::Phone, "cell=+39 333 1234567"),
        (ReachKind::Phone, "+49 (30) 1234-5678 ext. 12"),
        (ReachKind::Email, "work=anna@x.it"),
        (ReachKind::Url, "https://klarheit.de/anna?x=1"),
        (ReachKind::Url, "linkedin.com/in/anna"),
        (ReachKind::Url, "site=example.com:8080"),
    ] {
        assert_eq!(kind.refusal(fine), None, "{fine}");
    }
}

/// The pieces these values are written with.
fn piece() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just("a"),
        Just("Bo"),
        Just("@"),
        Just("."),
        Just(".it"),
        Just(" "),
        Just("+39"),
        Just("333"),
        Just("12345"),
        Just("x"),
        Just(" ext 1"),
        Just("/"),
        Just("https://"),
        Just("="),
        Just("-"),
        Just("#"),
        Just(":80"),
        Just("é"),
        Just(","),
        Just("é"),
    ]
}

/// Pieces strung together, or a good value with one piece put in
/// somewhere: near misses, met far more often than in noise alone.
fn noise() -> impl Strategy<Value = String> {
    let good = prop_oneof![
        Just("anna@x.it"),
        Just("work=a.b@mail.x.de"),
        Just("+39 333 1234567"),
        Just("cell=030 12345 ext 2"),
        Just("https://x.it/a"),
        Just("x.it"),
    ];
    prop_oneof![
        proptest::collection::vec(piece(), 0..10).prop_map(|p| p.concat()),
        (good, piece(), any::<prop::sample::Index>()).prop_map(|(good, piece, at)| {
            let cuts: Vec<usize> = (0..=good.len())
                .filter(|i| good.is_char_boundary(*i))
                .collect();
            let at = cuts[at.index(cuts.len())];
            format!("{}{piece}{}", &good[..at], &good[at..])
        }),
    ]
}

/// The number itself: `text` without a trailing extension of 1 to 6
/// digits after "ext", "ext.", "x" or "#" (any case).
fn number_part(text: &str) -> &str {
    let lower = text.to_ascii_lowercase();
    let digits_end = lower.trim_end_matches(|c: char| c.is_ascii_digit());
    let tail = lower.len() - digits_end.len();
    let before = digits_end.trim_end();
    for mark in [" ext.", " ext", " x", "#"] {
        if (1..=6).contains(&tail) && before.ends_with(mark.trim_start()) {
            let cut = before.len() - mark.trim_start().len();
            return &text[..cut];
        }
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// What is accepted has the shape its kind must have, whatever it is.
    #[test]
    fn what_is_accepted_has_its_kind_s_shape(text in noise()) {
        let (_, value) = labelled(&text);
        if ReachKind::Email.fits(value) {
            prop_assert_eq!(value.matches('@').count(), 1);
            let (local, domain) = value.split_once('@').unwrap_or_default();
            prop_assert!(!local.is_empty() && domain.contains('.'));
            prop_assert!(!domain.starts_with('.') && !domain.ends_with('.'));
            prop_assert!(!value.contains(' '));
        }
        if ReachKind::Phone.fits(value) {
            let number = number_part(value);
            let digits = number.chars().filter(char::is_ascii_digit).count();
            prop_assert!((5..=15).contains(&digits), "{value}: {digits} digits");
            prop_assert!(!number.chars().any(char::is_alphabetic), "{value}");
            prop_assert!(!value.contains('@'));
        }
        if ReachKind::Url.fits(value) {
            prop_assert!(!value.contains(' '));
            let host = value.split(['/', '?', '#']).find(|p| p.contains('.')).unwrap_or_default();
            prop_assert!(!host.contains('@'), "{value}");
        }
        // No value is two kinds, so a refusal's "goes under" is one list.
        let kinds = [ReachKind::Email, ReachKind::Phone, ReachKind::Url];
        prop_assert!(kinds.iter().filter(|k| k.fits(value)).count() <= 1, "{value}");
        for k in kinds {
            prop_assert_eq!(k.refusal(&text).is_none(), k.fits(value));
        }
    }

    /// What a person types for each kind, labelled or not, is taken.
    #[test]
    fn plain_values_are_accepted(
        label in proptest::option::of("[a-z]{1,8}"),
        local in "[a-z0-9][a-z0-9._+-]{0,10}",
        host in "[a-z0-9]{1,10}(-[a-z0-9]{1,5})?",
        top in "[a-z]{2,6}",
        groups in proptest::collection::vec("[0-9]{2,4}", 2..5),
        plus in any::<bool>(),
        path in "(/[a-z0-9_-]{1,8}){0,3}",
        https in any::<bool>(),
    ) {
        let labelled = |v: String| label.as_ref().map_or(v.clone(), |l| format!("{l}={v}"));
        let email = labelled(format!("{local}@{host}.{top}"));
        prop_assert_eq!(ReachKind::Email.refusal(&email), None);
        let phone = labelled(format!("{}{}", if plus { "+" } else { "" }, groups.join(" ")));
        let digits: usize = groups.iter().map(String::len).sum();
        prop_assert_eq!(ReachKind::Phone.refusal(&phone).is_none(), (5..=15).contains(&digits));
        let scheme = if https { "https://" } else { "" };
        let url = labelled(format!("{scheme}{host}.{top}{path}"));
        prop_assert_eq!(ReachKind::Url.refusal(&url), None);
    }
}

/// An `@` after the host (in a fragment or a query) leaves a web address a
/// web address; before it, the text is an email. (The property test once
/// drew `333.it#@` and read its host as everything before the first `/`.)
#[test]
fn an_at_sign_after_the_host_is_part_of_the_address() {
    for url in ["333.it#@", "example.com/?u=@anna", "https://x.org/#@top"] {
        assert!(ReachKind::Url.fits(url), "{url}");
        assert!(!ReachKind::Email.fits(url), "{url}");
    }
    assert!(!ReachKind::Url.fits("anna@example.com"));
}
