//! One host for the journal's socket: the holder and the TUI read a call,
//! turn away what they cannot run, take a command and answer it the same
//! way; a [`Host`] says only what differs between them (another build's
//! message, letting go, how it runs a command, what its status says).

use super::{Answer, Call, Holding, Message, Request};

/// What answering one call did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Answered {
    /// Whether the host goes on holding the journal.
    pub keep: bool,
    /// Whether the call may have changed the journal (screens showing it
    /// are then refreshed).
    pub wrote: bool,
}

impl Answered {
    const KEEP: Answered = Answered {
        keep: true,
        wrote: false,
    };
}

/// What differs between the hosts of the socket.
pub(crate) trait Host {
    /// Whether it answers at all: a TUI whose journal moved does not, so
    /// its sender tries again and finds the holder of the one now there.
    fn answers(&mut self) -> bool;
    /// The answer to a message of another build, or one it cannot read;
    /// `None` runs another build's (readable) command anyway.
    fn stranger(&mut self, unreadable: Option<String>) -> Option<(Answer, Answered)>;
    /// Runs a command taken from `call` and answers it there.
    fn run(&mut self, request: Request, call: Call) -> Answered;
    /// Asked to let the journal go: the answer, and whether it keeps it.
    fn release(&mut self) -> (Answer, bool);
    /// Who holds the journal, for `holder status`.
    fn holding(&self) -> Holding;
}

/// Reads one call and answers it, as `host` does.
pub(crate) fn answer(host: &mut impl Host, mut call: Call) -> Answered {
    if !host.answers() {
        return Answered::KEEP;
    }
    let asked = call.read();
    let message = match asked.message {
        Ok(message) if asked.same_build => message,
        Ok(message) => match host.stranger(None) {
            Some((answer, answered)) => {
                call.answer(&answer);
                return answered;
            }
            None => message,
        },
        Err(e) => {
            let (answer, answered) = host.stranger(Some(e)).unwrap_or((
                Answer::OtherBuild,
                Answered {
                    keep: false,
                    wrote: false,
                },
            ));
            call.answer(&answer);
            return answered;
        }
    };
    match message {
        Message::Run(request) => {
            if !call.take() {
                // Its sender gave up waiting (and was told it may still
                // run) or was ended: nobody wants it now.
                return Answered::KEEP;
            }
            host.run(request, call)
        }
        Message::Release => {
            let (answer, keep) = host.release();
            call.answer(&answer);
            Answered { keep, wrote: false }
        }
        Message::Status => {
            call.answer(&Answer::Status(host.holding()));
            Answered::KEEP
        }
    }
}
