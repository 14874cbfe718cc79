//! A meeting replayed the way its note-taker would run it on the meeting screen: every step is
//! a core command (`plenary::core::commands`), and every op it returns is applied to the
//! record, so a replay passes only through the rules the screen uses.
//!
//! The researched meetings give no time for most of their items, so a replay is a record typed
//! up after the meeting: its clock is the day the replays were written, one minute a step. The
//! minutes then say the sessions were captured on that day instead of stating a time nobody
//! gave.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use plenary::core::agenda::Agenda;
use plenary::core::commands::{self, Draft, Ops};
use plenary::core::op::apply;
use plenary::core::record::{Id, NoteKind, Record, ResolutionStatus};
use plenary::export::Options;
use plenary::export::minutes::minutes_markdown;
use plenary::store::agenda_file::{agenda_warnings, parse_agenda};

/// An agenda of the corpus, parsed, with no warning from `check`.
pub fn agenda(name: &str, text: &str) -> Agenda {
    let (agenda, text) = match parse_agenda(name, text.as_bytes()) {
        Ok(parsed) => parsed,
        Err(e) => panic!("{name} does not parse: {e}"),
    };
    let warnings = agenda_warnings(name, &text, &agenda);
    assert!(warnings.is_empty(), "{name} checks clean: {warnings:?}");
    agenda
}

/// How the source says a resolution was decided.
#[derive(Clone, Copy, Debug)]
pub enum How<'a> {
    /// Counted: for, against, abstain, as typed in the vote prompt ("14 0 1").
    Vote(&'a str),
    /// The source says the room consensed.
    Consensus,
    /// An election, as typed in the election prompt ("1 seat: Ana 20, RON 1; blank 0; elected
    /// Ana").
    Election(&'a str),
    /// The source gives no method.
    NotGiven,
}

/// A record being replayed, the session the note-taker is in, and the capture clock.
pub struct Replay {
    /// The record so far.
    pub record: Record,
    session: String,
    clock: NaiveDateTime,
}

impl Replay {
    /// A fresh record of `agenda`, its clock at 14:00 on 2 December 2026.
    pub fn new(agenda: Agenda) -> Replay {
        let clock = NaiveDate::from_ymd_opt(2026, 12, 2)
            .and_then(|d| d.and_hms_opt(14, 0, 0))
            .unwrap_or_default();
        Replay {
            record: Record::new(agenda),
            session: String::new(),
            clock,
        }
    }

    fn tick(&mut self) -> NaiveDateTime {
        self.clock += TimeDelta::minutes(1);
        self.clock
    }

    /// Applies what a command returned; a refusal or an op the record rejects fails the test.
    fn commit(&mut self, what: &str, ops: Ops) {
        let ops = ops.unwrap_or_else(|refusal| panic!("{what}: refused: {refusal}"));
        for op in &ops {
            if let Err(e) = apply(&mut self.record, op) {
                panic!("{what}: {op:?} does not apply: {e}");
            }
        }
    }

    /// Starts a session (the `space` key) and captures into it from now on.
    pub fn start(&mut self, session: &str) {
        let now = self.tick();
        let ops = commands::start_or_pause(&self.record, session, now);
        self.commit(session, ops);
        session.clone_into(&mut self.session);
    }

    /// Captures into another session from now on without starting it: the note-taker of a
    /// working group choosing the group (`G`) while the groups run in parallel.
    pub fn capture_into(&mut self, session: &str) {
        session.clone_into(&mut self.session);
    }

    /// Ends the session being captured.
    pub fn end(&mut self) {
        let now = self.tick();
        let ops = commands::end_session(&self.record, &self.session, now);
        self.commit(&self.session.clone(), ops);
    }

    /// Starts a session, captures `lines` into it as plain notes (or by their prefix), and
    /// ends it.
    pub fn session(&mut self, session: &str, lines: &[&str]) {
        self.start(session);
        for line in lines {
            self.line(line);
        }
        self.end();
    }

    /// Captures a line as typed in the note editor: a plain note, or by its prefix
    /// (`action:`, `key:`, `resolution:`, …) whatever the prefix files.
    pub fn line(&mut self, text: &str) {
        self.capture(text, NoteKind::Note, None);
    }

    /// Captures a line with the kind and speaker chosen in the editor.
    pub fn capture(&mut self, text: &str, kind: NoteKind, speaker: Option<&str>) {
        let now = self.tick();
        let draft = Draft {
            text,
            kind,
            speaker,
            item: None,
        };
        let filed = commands::capture(&self.record, Some(&self.session), &draft, now)
            .map(|filed| filed.ops);
        self.commit(text, filed);
    }

    /// Selects the agenda's proposal `key` with its option `option`, as the `s` key and the
    /// option picker do.
    pub fn select_option(&mut self, key: &str, option: &str) {
        let id = self
            .record
            .proposals
            .iter()
            .find(|p| p.key.as_deref() == Some(key))
            .map(|p| p.id)
            .unwrap_or_else(|| panic!("no proposal {key} on the agenda"));
        self.tick();
        let ops = commands::select_option(&self.record, id, Some(option), Some(&self.session));
        self.commit(key, ops);
    }

    /// Records a resolution in the current session and settles it: how the source says it was
    /// decided (a vote typed in the vote prompt, "14 0 1": for, against, abstain; consensus
    /// with its key; an election typed in the election prompt; or nothing, leaving the method
    /// the code sets), then `status` reached with
    /// the status key, as the screen does. Returns the resolution's id.
    pub fn resolve(&mut self, text: &str, status: ResolutionStatus, how: How) -> Id {
        let id = self.record.fresh_id();
        let now = self.tick();
        let ops = commands::add_resolution(&self.record, Some(&self.session), text, now);
        self.commit(text, ops);
        match how {
            How::Vote(answer) => {
                let ops = commands::record_vote(&self.record, id, answer);
                self.commit(answer, ops);
            }
            How::Consensus => {
                let ops = commands::record_consensus(&self.record, id);
                self.commit(text, ops);
            }
            How::Election(line) => {
                let ops = commands::record_election(&self.record, id, line);
                self.commit(line, ops);
            }
            How::NotGiven => {}
        }
        let mut turns = 0;
        while self.record.resolution(id).map(|r| r.status) != Some(status) {
            assert!(turns < 4, "{text}: no status key reaches {status:?}");
            let ops = commands::cycle_status(&self.record, id);
            self.commit(text, ops);
            turns += 1;
        }
        id
    }
}

/// A record's minutes, as `plenary export` writes them.
pub fn minutes(record: &Record) -> String {
    minutes_markdown(record, &Options::default())
}

/// Checks that the minutes say each fact; `facts` pairs the words with the line of the
/// docs/meetings file they come from, so a failure points at the source.
pub fn says_each(minutes: &str, facts: &[(&str, &str)]) {
    let missing: Vec<String> = facts
        .iter()
        .filter(|(words, _)| !minutes.contains(words))
        .map(|(words, source)| format!("{words:?} (from {source})"))
        .collect();
    assert!(
        missing.is_empty(),
        "the minutes leave out:\n{}\n\nminutes:\n{minutes}",
        missing.join("\n")
    );
}

/// Checks that the minutes say none of `words`, each a thing the source does not say.
pub fn says_none(minutes: &str, words: &[(&str, &str)]) {
    let found: Vec<String> = words
        .iter()
        .filter(|(w, _)| minutes.contains(w))
        .map(|(w, why)| format!("{w:?}: {why}"))
        .collect();
    assert!(
        found.is_empty(),
        "the minutes state what the source does not:\n{}\n\nminutes:\n{minutes}",
        found.join("\n")
    );
}
