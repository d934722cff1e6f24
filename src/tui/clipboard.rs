//! The clipboard: the system's, through the tool the desktop provides,
//! when there is one; else the terminal's, through OSC 52, which asks the
//! terminal emulator to set its clipboard (it works over SSH and needs no
//! daemon, but no terminal says whether it did).

use std::io::Write;
use std::process::{Command, Stdio};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use unicode_width::UnicodeWidthStr;

use crate::domain::reach::ReachKind;
use crate::keymap::{Action, Keymap, Layer};

/// Where a copy went, for the status line to say honestly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copied {
    /// A clipboard tool took the text and said so.
    Tool(&'static str),
    /// Sent to the terminal; it cannot confirm.
    Terminal,
}

impl Copied {
    /// What the status line says after copying `what`; `otherwise` is
    /// the other way to get it, for when the terminal ignored the copy,
    /// said behind `all` (the key that shows the whole status). The bar
    /// shows the first line only: what was copied and where fit 80
    /// columns, and the rest waits behind the key (trial 26t: every copy
    /// was cut at "…up to the b… (L shows all)").
    pub fn said(self, what: &str, otherwise: &str, all: Option<&str>) -> String {
        match (self, all) {
            (Copied::Tool(tool), _) => format!("{what} copied ({tool})"),
            (Copied::Terminal, Some(key)) => {
                // "sent" when it fits: an address takes the room.
                let sent = format!("{what} sent to the clipboard · {key} if paste fails");
                let line = if sent.width() + 2 <= 80 {
                    sent
                } else {
                    format!("{what} · {key} if paste fails")
                };
                format!("{line}\n{}", Self::unconfirmed(otherwise))
            }
            (Copied::Terminal, None) => format!("{what} {}", Self::unconfirmed(otherwise)),
        }
    }

    /// Why a copy through the terminal may not have taken, and what to do.
    fn unconfirmed(otherwise: &str) -> String {
        format!(
            "sent to the terminal's clipboard (OSC 52), which cannot confirm it: if paste is empty, {otherwise}"
        )
    }
}

/// The other way to copy, naming the key the user's keymap binds for it:
/// a draft opens in `$EDITOR` (where any editor copies); an address or
/// number (`kind`) is whole and alone at the start of the status line (the
/// card may show it cut, and with its label), to select with the
/// terminal's own selection.
pub fn otherwise(keymap: &Keymap, drafting: bool, kind: Option<ReachKind>) -> String {
    match keymap.key_for(Layer::Draft, Action::EditInEditor) {
        Some(key) if drafting => format!("press {key} and copy it from $EDITOR"),
        _ if drafting => "copy it from the draft".into(),
        _ => format!(
            "select the {} at the start of this line, up to the bracket (shift and drag, in most terminals)",
            kind.map_or("text", ReachKind::noun)
        ),
    }
}

/// The escape sequence that puts `text` on the clipboard.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", STANDARD.encode(text.as_bytes()))
}

/// The clipboard tools worth trying here, first choice first, given what
/// the environment says of the desktop.
pub fn tools(env: impl Fn(&str) -> bool) -> Vec<(&'static str, &'static [&'static str])> {
    let mut tools: Vec<(&'static str, &'static [&'static str])> = Vec::new();
    if env("WAYLAND_DISPLAY") {
        tools.push(("wl-copy", &[]));
    }
    if env("DISPLAY") {
        tools.push(("xclip", &["-selection", "clipboard"]));
        tools.push(("xsel", &["--clipboard", "--input"]));
    }
    if cfg!(target_os = "macos") {
        tools.push(("pbcopy", &[]));
    }
    if env("WSL_DISTRO_NAME") {
        tools.push(("clip.exe", &[]));
    }
    tools
}

/// Puts `text` on the system clipboard if a tool takes it, else asks the
/// terminal to.
pub fn copy(text: &str) -> std::io::Result<Copied> {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    for (tool, args) in tools(set) {
        if through(tool, args, text) {
            return Ok(Copied::Tool(tool));
        }
    }
    let mut out = std::io::stdout();
    out.write_all(osc52(text).as_bytes())?;
    out.flush()?;
    Ok(Copied::Terminal)
}

/// Whether `tool` took the text: started, read it all, and exited well.
fn through(tool: &str, args: &[&str], text: &str) -> bool {
    let Ok(mut child) = Command::new(tool)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    else {
        return false;
    };
    let written = child
        .stdin
        .take()
        .is_some_and(|mut stdin| stdin.write_all(text.as_bytes()).is_ok());
    child.wait().is_ok_and(|status| status.success()) && written
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_the_text_in_base64() {
        assert_eq!(osc52("Hi Anna"), "\x1b]52;c;SGkgQW5uYQ==\x07");
        assert_eq!(osc52("è"), "\x1b]52;c;w6g=\x07");
    }

    #[test]
    fn the_desktop_decides_which_tool_is_tried() {
        let names = |vars: &[&str]| -> Vec<&'static str> {
            tools(|v| vars.contains(&v))
                .into_iter()
                .map(|(t, _)| t)
                .collect()
        };
        assert_eq!(names(&["WAYLAND_DISPLAY"])[0], "wl-copy");
        assert_eq!(names(&["DISPLAY"])[..2], ["xclip", "xsel"]);
        if !cfg!(target_os = "macos") {
            assert!(names(&[]).is_empty(), "no desktop: OSC 52 alone");
        }
    }

    #[test]
    fn the_status_line_says_what_was_confirmed() {
        assert_eq!(
            Copied::Tool("xclip").said("draft", "-", Some("L")),
            "draft copied (xclip)"
        );
        assert!(
            Copied::Terminal
                .said("draft", "-", Some("L"))
                .contains("cannot confirm")
        );
    }

    /// The way out names the key that writes in $EDITOR, as bound (E, not
    /// e, which edits here; a rebound key is named as the user bound it).
    #[test]
    fn the_way_out_names_the_key_bound_for_it() {
        let mut keymap = crate::config::Config::defaults().keymap;
        let said = Copied::Terminal.said("draft", &otherwise(&keymap, true, None), Some("L"));
        assert!(
            said.ends_with("if paste is empty, press E and copy it from $EDITOR"),
            "{said}"
        );
        let key = |k: &str| k.parse().expect("key");
        keymap.bind(Layer::Draft, key("E"), None);
        keymap.bind(Layer::Draft, key("ctrl-e"), Some(Action::EditInEditor));
        assert_eq!(
            otherwise(&keymap, true, None),
            "press ctrl-e and copy it from $EDITOR"
        );
        // An address: E there is the form, not $EDITOR; the advice names
        // what starts the line, which is what was copied.
        assert_eq!(
            otherwise(&keymap, false, Some(ReachKind::Phone)),
            "select the phone number at the start of this line, up to the bracket \
             (shift and drag, in most terminals)"
        );
    }
}
