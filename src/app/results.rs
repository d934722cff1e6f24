//! What comes back from the runtime's loads: a card, a draft, the matches,
//! the search's texts, each put in place with what it changes on screen.

use super::{App, DraftView, Overlay, Pane, Prompt, SearchDoc, Status};
use crate::journal::{Card, MatchReport};

impl App {
    pub fn card_loaded(&mut self, card: Option<Card>) {
        self.contacts.history_scroll = 0;
        if let (Some(entry), Some(c)) = (self.pending_entry.take(), &card)
            && let Some(pos) = c.history.iter().position(|h| c.headline(h).id == entry)
        {
            self.contacts.history_scroll = pos;
            self.contacts.pane = Pane::Detail;
        }
        self.card = card;
    }

    /// A draft was built (or could not be, and says why).
    pub fn draft_loaded(&mut self, draft: Result<DraftView, String>) {
        match draft {
            Ok(view) => self.overlay = Some(Overlay::Draft(view)),
            Err(why) => {
                self.status = Status {
                    text: why,
                    warning: true,
                };
            }
        }
    }

    pub fn matches_loaded(&mut self, report: MatchReport) {
        if report.all().is_empty() {
            self.status = Status {
                text: format!(
                    "no matches for {} yet: add needs and offers (E edits)",
                    report.person.name
                ),
                warning: true,
            };
            return;
        }
        self.overlay = Some(Overlay::Matches {
            report,
            selected: 0,
        });
    }

    /// The draft came back from the editor.
    pub fn draft_edited(&mut self, text: String) {
        if let Some(Overlay::Draft(view)) = &mut self.overlay {
            view.text = text.trim_end().to_string();
        }
    }

    pub fn search_loaded(&mut self, docs: Vec<SearchDoc>) {
        self.search.set_docs(docs);
        // The query typed, or the one whose results are in view.
        let query = match &self.prompt {
            Some((Prompt::Search, input)) => input.value().to_string(),
            _ => self.search.query.clone(),
        };
        self.search.refresh(&query);
        self.restore_search();
    }
}
