//! How a draft reads as a letter to its recipient: a moment named as
//! theirs is said without their name (and, when they hosted it, thanked
//! for), and the line after the greeting goes on from its comma.

use chrono::NaiveDate;

use super::said::Line;
use super::{Context, DraftLine, Language, Moment, first_name, words};

/// The moment as a draft to `first` may say it: "the birthday dinner at
/// Luca's" is no place to tell Luca he was at; it was his own, and he is
/// thanked for the birthday dinner (`Moment::hosted`). A name of theirs
/// any other way leaves the moment unnamed.
pub(super) fn as_said(m: &Moment, first: &str) -> Moment {
    let mut m = m.clone();
    let own = crate::domain::text::fold(first);
    if crate::domain::text::fold(&m.summary)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == own)
    {
        match words::hosted_by(&m.summary, first) {
            Some(occasion) => {
                m.summary = occasion;
                m.hosted = true;
            }
            None => m.summary.clear(),
        }
    }
    m
}

/// On their day (or once it has come), the wishes come first, right after
/// the greeting: "Hi Laura,\nit was great to see you … \nHappy birthday!"
/// put the day second (trial 26x), in either language and whatever line
/// the template puts before them. The wishes are found in the lines by
/// their words, as `lang` says them.
pub(super) fn wishes_first(lines: &mut Vec<Line>, ctx: &Context, lang: Language) {
    let Some((kind, on)) = ctx.occasion.as_ref().map(|o| o.what) else {
        return;
    };
    let wishes = lang.greeting(kind, on, ctx.today);
    let greeted = lines.first().is_some_and(|g| g.line.text.ends_with(','));
    if on > ctx.today || !greeted {
        return;
    }
    if let Some(at) = lines
        .iter()
        .skip(2)
        .position(|l| l.line.text.contains(&wishes))
    {
        let line = lines.remove(at + 2);
        lines.insert(1, line);
        // What went on from the greeting's comma starts a sentence now.
        if let Some(next) = lines.get_mut(2) {
            next.line.text = upper_first(&next.line.text);
        }
    }
}

/// Whether a moment of `date` named `summary` is an occasion `name`
/// hosted ("cena da Paolo", to Paolo Rossi) recent enough to thank for on
/// `today`, as the opening does: being hosted is something they gave.
pub(crate) fn thanks_owed(summary: &str, name: &str, date: NaiveDate, today: NaiveDate) -> bool {
    (today - date).num_days() <= words::RECENT_DAYS
        && words::hosted_by(summary, first_name(name)).is_some()
}

/// The line after the greeting. A greeting on their day needs no
/// "thinking of you" before it, nor does a first message; with no moment
/// to greet, one lately (a moment followed up already: trial 26x, "ti ho
/// pensato in questi giorni" to someone met two days before) is no
/// silence to break, and the draft hopes they are well. A meal at theirs
/// before the moment (`Context::hosted`) is thanked for first, and the
/// moment's own words then thank for nothing (trial 28b: "grazie per la
/// cena di martedì. È stato bello vederti all'Aperitivo Fintech Club
/// mercoledì."); with a thanks line of its own the draft thanks once, there.
pub(super) fn opening(
    lang: Language,
    (moment, hosted): (Option<&Moment>, Option<&Moment>),
    ctx: &Context,
) -> String {
    let hosted = hosted
        .filter(|_| ctx.thanks.is_none())
        .and_then(|h| lang.thanks_for_hosted(h, ctx.today));
    let thanking = ctx.thanks.is_some() || hosted.is_some();
    let lately = ctx
        .last_seen
        .is_some_and(|d| (ctx.today - d).num_days() <= words::RECENT_DAYS);
    let line = match (moment, &ctx.occasion) {
        (None, Some(_)) => String::new(),
        (None, None) if !ctx.history => String::new(),
        (None, None) if lately => lang.well(),
        _ => lang.opening(moment, ctx.today, thanking),
    };
    match hosted {
        Some(thanks) if line.is_empty() => format!("{thanks}."),
        Some(thanks) => format!("{thanks}. {}", upper_first(&line)),
        None => line,
    }
}

/// The line after the greeting goes on from its comma, as the opening
/// does ("Ciao Beatrice,\ncome promesso, …"); "I" and a name keep their
/// capital. Only when the first line is a greeting ending in a comma (a
/// user's template may not have one). "I hope you are well." is only a
/// way in: before a line that opens the same way ("I hope the
/// introduction to …", "Spero che ti sia utile …") it goes, and that line
/// opens the letter (trial 26z: two "Spero che" in a row).
pub(super) fn go_on_from_greeting(lines: &mut Vec<Line>, ctx: &Context, lang: Language) {
    let opens = |text: &str| {
        let folded = crate::domain::text::fold(text);
        folded
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ")
    };
    if let [_, well, next, ..] = lines.as_slice()
        && well.line.text == lang.well()
        && opens(&well.line.text) == opens(&next.line.text)
    {
        lines.remove(1);
    }
    let names: Vec<&str> = ctx
        .helper
        .iter()
        .chain(&ctx.introduced)
        .map(|f| f.what.as_str())
        .collect();
    let greeted = lines.first().is_some_and(|g| g.line.text.ends_with(','));
    if let Some(l) = lines.get_mut(1).filter(|_| greeted) {
        let text = &mut l.line.text;
        let named = names.iter().any(|n| text.starts_with(first_name(n)));
        let word = text.split_whitespace().next().unwrap_or("");
        if !named && !matches!(word, "I" | "I'm" | "I’m" | "I've" | "I’ve") {
            *text = lower_first(text);
        }
    }
}

/// `text` with its first letter in lower case.
pub(super) fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `text` with its first letter in upper case.
fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `line` as the draft's lines say it: the first line after the greeting
/// may have lost its capital ("happy birthday!").
pub(super) fn as_written(line: &str, lines: &[DraftLine]) -> Option<String> {
    let lowered = lower_first(line);
    lines.iter().find_map(|l| {
        [line, lowered.as_str()]
            .into_iter()
            .find(|said| l.text.contains(said))
            .map(str::to_string)
    })
}
