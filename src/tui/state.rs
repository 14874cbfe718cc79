//! What the meeting screen holds and shows: the live record, its writer, the view state, and
//! what is derived from them once a change rather than once a frame. Drawing reads it, input
//! changes it (in `app`); nothing here handles a key or draws.

mod derived;
mod tabs;

use std::collections::HashMap;
use std::rc::Rc;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

pub(crate) use derived::{BoardLayout, Outcomes};
pub use tabs::{BoardView, MatrixView, NotesView, Row, SpeakersView};

use super::keymap::Context;
use super::layout::Scene;
use super::overlay::Overlay;
use super::theme::Theme;
use crate::core::agenda::Agenda;
use crate::core::agenda::{Item, Session};
use crate::core::history::Live;
use crate::core::record::{Action, Id, Note, Proposal, Record, Resolution, RunState};
use crate::core::room::Host;
use crate::core::speakers::Grouping;
use crate::core::timing::DayPlan;
use crate::lang::{Labels, Language};
use crate::store::Store;

/// Which outcomes the QR screen shows, and which part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QrShown {
    /// The session whose outcomes are shown, or None for the whole meeting.
    pub session: Option<String>,
    /// The part shown, from 0.
    pub part: usize,
}

/// The workspace tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tab {
    /// The current session's notes.
    Notes,
    /// The proposal matrix.
    Proposals,
    /// The resolutions.
    Resolutions,
    /// The strategy board.
    Board,
    /// The speaker queue.
    Speakers,
}

impl Tab {
    /// Every tab, in order.
    pub const ALL: [Tab; 5] = [
        Tab::Notes,
        Tab::Proposals,
        Tab::Resolutions,
        Tab::Board,
        Tab::Speakers,
    ];

    /// The tab's title.
    pub fn title(self) -> &'static str {
        match self {
            Tab::Notes => "Notes",
            Tab::Proposals => "Proposals",
            Tab::Resolutions => "Resolutions",
            Tab::Board => "Board",
            Tab::Speakers => "Speakers",
        }
    }

    /// The tab's title in `labels`' language.
    pub fn title_in(self, labels: &Labels) -> String {
        labels.label(match self {
            Tab::Notes => "tab-notes",
            Tab::Proposals => "tab-proposals",
            Tab::Resolutions => "tab-resolutions",
            Tab::Board => "tab-board",
            Tab::Speakers => "tab-speakers",
        })
    }

    fn context(self) -> Context {
        match self {
            Tab::Notes => Context::Notes,
            Tab::Proposals => Context::Proposals,
            Tab::Resolutions => Context::Resolutions,
            Tab::Board => Context::Board,
            Tab::Speakers => Context::Speakers,
        }
    }
}

/// Whether what the user did is on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Every change is durable.
    All,
    /// Some changes could not be written yet.
    Pending(usize, String),
    /// A joined laptop's changes kept in its outbox that the host has not answered yet, and
    /// since when the host has been unreachable, if it is.
    Waiting(usize, Option<chrono::NaiveDateTime>),
}

/// What the screen outside the note editor and the footer is drawn from (see
/// [`App::backdrop`]); compared before and after a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Backdrop {
    revision: u64,
    tab: Tab,
    notes: NotesView,
    matrix: MatrixView,
    resolutions: Row,
    focus: (usize, usize),
    speakers: SpeakersView,
    filter: Option<String>,
    projector: bool,
    theme: usize,
    qr: Option<QrShown>,
    editor: bool,
}

/// The view state of the meeting screen: never part of the record.
pub struct Ui {
    /// The tab shown.
    pub tab: Tab,
    /// The Notes tab: the selected note, by position in the current session's notes.
    pub notes: NotesView,
    /// The Proposals tab: the selected cell of the matrix.
    pub matrix: MatrixView,
    /// The Resolutions tab: the selected resolution.
    pub resolutions: Row,
    /// The Board tab: the focused column and card, and a card being dragged.
    pub board: BoardView,
    /// The Speakers tab: the selected hand, and how speaking time is grouped.
    pub speakers: SpeakersView,
    /// The text the board dims and the notes hide what does not match.
    pub filter: Option<String>,
    /// What sits over the screen.
    pub overlay: Option<Overlay>,
    /// Whether everything is saved.
    pub saved: Saved,
    /// A one-line message for the footer (what a capture was filed as, why a key did nothing).
    pub message: Option<String>,
    /// Set when the app should close.
    pub quit: bool,
    /// Whether the projector view is shown instead of the facilitator's.
    pub projector: bool,
    /// Which of the app's themes is in force.
    pub theme: usize,
    /// The QR screen, when it is shown.
    pub qr: Option<QrShown>,
    /// The agenda item taken up in each session, by session id: captures attach to it.
    pub items: HashMap<String, String>,
    /// Whether the meeting's close (what was decided and the outcome codes) is shown: a
    /// meeting that is over opens on it, and any key on the meeting screen leaves it.
    pub close: bool,
    /// The session of a parallel track this screen captures into, chosen with `G` by the
    /// note-taker of a working group; none follows the room's current session. It is the
    /// screen's own: other laptops stay where they are.
    pub group: Option<String>,
    /// The language of the system's locale, which the screen speaks when the agenda names
    /// none (see [`App::labels`]); set by the shell that reads the environment.
    pub language: Language,
}

/// What the writer's screen shows, published for followers on a second screen so the wall
/// shows what the facilitator is on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shown {
    /// The tab.
    pub tab: Tab,
    /// The focused board column and card.
    pub focus: (usize, usize),
    /// The speaking-time chart's grouping.
    pub grouping: Grouping,
    /// The selected proposal and criterion.
    pub cell: (usize, usize),
    /// The QR screen, when it is shown.
    #[serde(default)]
    pub qr: Option<QrShown>,
}

/// The meeting screen: the live record, its writer, and the view state.
pub struct App {
    /// The record with its history.
    pub live: Live,
    /// The record's writer; None in a read-only follower, which changes nothing.
    pub store: Option<Store>,
    /// The room's one order, which every change of the record goes through, this screen's
    /// own keys included.
    pub host: Host,
    /// The themes to choose from; the first is in force until the theme key is pressed.
    pub themes: Vec<Theme>,
    /// The view state.
    pub ui: Ui,
    /// The phone page's server, when the screen hosts it (`--host`).
    pub hosting: Option<super::hosting::Hosting>,
    /// The room this screen writes through, on a joined laptop (`plenary join`): its changes
    /// go to the host, and the record is the host's stream.
    pub joined: Option<crate::room::Joined>,
    /// Changes received from another writer (a follower's only way of learning of them).
    received: u64,
    /// What is derived from the record, kept until the record changes.
    derived: derived::Derived,
}

impl App {
    /// A meeting screen over an opened record. Its host knows no joined writer's numbers
    /// (see [`App::hosting`]).
    pub fn new(live: Live, store: Store) -> App {
        let host = Host::open(&live, store.changes() + store.unsaved() as u64, Vec::new());
        App::with_host(live, store, host)
    }

    /// A meeting screen over an opened record, hosting the room: its host knows from the
    /// journal what each joined writer's changes were accepted under.
    pub fn hosting(mut opened: crate::store::Opened) -> App {
        let host = opened.host();
        App::with_host(opened.live, opened.store, host)
    }

    fn with_host(live: Live, store: Store, host: Host) -> App {
        let mut app = App::follower(live);
        app.host = host;
        if store.unsaved() > 0 {
            app.ui.saved = Saved::Pending(store.unsaved(), String::new());
        }
        app.store = Some(store);
        app
    }

    /// A read-only screen over a record that another process writes.
    pub fn follower(live: Live) -> App {
        let close = crate::core::timing::closed_on(&live.record).is_some();
        App {
            host: Host::open(&live, 0, Vec::new()),
            live,
            store: None,
            themes: Theme::built_in(),
            ui: Ui {
                tab: Tab::Notes,
                notes: NotesView::default(),
                matrix: MatrixView::default(),
                resolutions: Row::default(),
                board: BoardView::default(),
                speakers: SpeakersView::default(),
                filter: None,
                overlay: None,
                saved: Saved::All,
                message: None,
                quit: false,
                projector: false,
                theme: 0,
                qr: None,
                items: HashMap::new(),
                close,
                group: None,
                language: Language::English,
            },
            hosting: None,
            joined: None,
            received: 0,
            derived: derived::Derived::default(),
        }
    }

    /// What the screen shows, for followers.
    pub fn shown(&self) -> Shown {
        Shown {
            tab: self.ui.tab,
            focus: (self.ui.board.column, self.ui.board.card),
            grouping: self.ui.speakers.grouping,
            cell: (
                self.ui.matrix.proposal.asked(),
                self.ui.matrix.criterion.asked(),
            ),
            // A follower has no phone page to show: it counts the text codes alone.
            qr: self.ui.qr.clone().map(|qr| QrShown {
                part: qr.part.saturating_sub(self.wall_codes()),
                ..qr
            }),
        }
    }

    /// How many codes the QR screen shows before the outcomes': the phone page's and the
    /// join code, when this screen hosts them.
    pub fn wall_codes(&self) -> usize {
        self.hosting
            .as_ref()
            .map_or(0, super::hosting::Hosting::wall_codes)
    }

    /// Shows what another screen shows.
    pub fn show(&mut self, shown: &Shown) {
        self.ui.tab = shown.tab;
        self.ui.board.focus(shown.focus.0, shown.focus.1);
        self.ui.speakers.grouping = shown.grouping;
        self.ui.matrix.proposal.set(shown.cell.0);
        self.ui.matrix.criterion.set(shown.cell.1);
        self.ui.qr.clone_from(&shown.qr);
    }

    /// The theme in force.
    pub fn theme(&self) -> Theme {
        self.themes
            .get(self.ui.theme % self.themes.len().max(1))
            .cloned()
            .unwrap_or_else(Theme::plain)
    }

    /// The words of the screen: the agenda's language, else the system's. Read from the
    /// record each time, so a joined laptop speaks the host's agenda once it has arrived.
    pub fn labels(&self) -> &'static Labels {
        self.record()
            .plan
            .language
            .unwrap_or(self.ui.language)
            .labels()
    }

    /// The record.
    pub fn record(&self) -> &Record {
        &self.live.record
    }

    /// What the Proposals tab weighs: the current session's own proposals first, on the
    /// criteria it names. Its order is the matrix's, which the selection indexes.
    pub fn weighing(&self) -> crate::core::weighing::Weighing<'_> {
        self.record().weighing(self.current())
    }

    /// The session the screen is on: the one chosen, else the one running, else the one a
    /// meeting that is over ended on, else the first that has not run, else the last.
    pub fn current(&self) -> Option<&Session> {
        let plan = &self.record().plan;
        let chosen = self
            .ui
            .group
            .as_deref()
            .filter(|group| plan.session(group).is_some())
            .or(self.record().current.as_deref())
            .or_else(|| self.record().running())
            .and_then(|id| plan.session(id));
        chosen
            .or_else(|| crate::core::timing::closed_on(self.record()))
            .or_else(|| {
                plan.sessions()
                    .map(|(_, s)| s)
                    .find(|s| self.record().run(&s.id).state == RunState::Pending)
            })
            .or_else(|| plan.sessions().map(|(_, s)| s).last())
    }

    /// The agenda item taken up in the current session, if any.
    pub fn current_item(&self) -> Option<&Item> {
        let session = self.current()?;
        let id = self.ui.items.get(&session.id)?;
        self.record().plan.item(&session.id, id)
    }

    /// The index of the day the current session is on.
    pub fn current_day(&self) -> usize {
        self.current()
            .and_then(|s| self.record().plan.position(&s.id))
            .map_or(0, |(d, _)| d)
    }

    /// The notes of the current session, in capture order.
    pub fn session_notes(&self) -> Vec<&Note> {
        let Some(current) = self.current() else {
            return Vec::new();
        };
        self.record()
            .notes
            .iter()
            .filter(|n| n.session == current.id && self.matches(&n.text))
            .collect()
    }

    /// The current session's log as the Notes tab lists it, in the order it was typed: its
    /// notes, and the lines typed there that were filed elsewhere (an action on the Board, a
    /// proposal, a resolution), so the log keeps its order. Ids are handed out in order, so
    /// they are the order of typing. Only what passes the filter.
    pub fn session_log(&self) -> Vec<Logged<'_>> {
        let Some(current) = self.current() else {
            return Vec::new();
        };
        let record = self.record();
        let here = |session: &str| session == current.id;
        let mut log: Vec<Logged> = self.session_notes().into_iter().map(Logged::Note).collect();
        let filed = record
            .actions
            .iter()
            .filter(|a| here(&a.session))
            .map(Logged::Action)
            .chain(
                record
                    .proposals
                    .iter()
                    .filter(|p| p.session.as_deref().is_some_and(here))
                    .map(Logged::Proposal),
            )
            .chain(
                record
                    .resolutions
                    .iter()
                    .filter(|r| here(&r.session))
                    .map(Logged::Resolution),
            )
            // Drawn every frame: an action's line is only written out when a filter reads it.
            .filter(|entry| self.ui.filter.is_none() || self.matches(&entry.line(&record.plan)));
        let before = log.len();
        log.extend(filed);
        if log.len() > before {
            log.sort_by_key(Logged::id);
        }
        log
    }

    /// Whether `text` passes the filter (everything does when there is none).
    pub fn matches(&self, text: &str) -> bool {
        self.ui
            .filter
            .as_ref()
            .is_none_or(|f| text.to_lowercase().contains(&f.to_lowercase()))
    }

    /// The board's columns, left to right: Unsorted, then each strategy, with their cards.
    pub fn columns(&self) -> Vec<(Option<Id>, &[Id])> {
        crate::core::commands::columns(self.record())
    }

    /// The focused column and card, clamped to the board as it is.
    pub fn focus(&self) -> (usize, usize) {
        let cards: Vec<usize> = self.columns().iter().map(|(_, c)| c.len()).collect();
        self.ui.board.clamped(&cards)
    }

    /// The focused card, if its column has any.
    pub fn focused_card(&self) -> Option<Id> {
        let (column, card) = self.focus();
        self.columns()[column].1.get(card).copied()
    }

    /// The keys' context right now.
    pub fn context(&self) -> Context {
        self.ui.tab.context()
    }

    /// A number that moves on with every change to the record, made here or received: what
    /// is derived from the record is kept while it stands still.
    pub fn revision(&self) -> u64 {
        let written = self
            .store
            .as_ref()
            .map_or(0, |s| s.changes() + s.unsaved() as u64);
        written + self.received
    }

    /// Says that changes from another writer were applied to the live record.
    pub fn received_changes(&mut self) {
        self.received += 1;
    }

    /// The current day re-timed at `now`, worked out once a change and a second.
    pub(crate) fn day_plan(&self, now: NaiveDateTime) -> Rc<DayPlan> {
        self.derived
            .day_plan(self.revision(), self.record(), self.current_day(), now)
    }

    /// The outcomes of the meeting (`session` None) or of one session, split into the parts
    /// the QR screen shows, worked out once a change.
    pub(crate) fn outcomes(&self, session: Option<&str>) -> Rc<Outcomes> {
        self.derived
            .outcomes(self.revision(), self.record(), session)
    }

    /// What everything on screen but the note editor and the footer is drawn from, besides
    /// the clock and the screen's size: while it stands still, a key in the editor redraws
    /// the editor and the footer alone.
    pub(crate) fn backdrop(&self) -> Backdrop {
        let ui = &self.ui;
        Backdrop {
            revision: self.revision(),
            tab: ui.tab,
            notes: ui.notes,
            matrix: ui.matrix,
            resolutions: ui.resolutions,
            focus: (ui.board.column, ui.board.card),
            speakers: ui.speakers,
            filter: ui.filter.clone(),
            projector: ui.projector,
            theme: ui.theme,
            qr: ui.qr.clone(),
            editor: matches!(ui.overlay, Some(Overlay::Editor(_))),
        }
    }

    /// The board as drawn in `body`: the columns in view and the first card of each, laid
    /// out once a change or a move of the focus.
    pub(crate) fn board_layout(&self, body: ratatui::layout::Rect) -> Rc<BoardLayout> {
        let key = (
            self.revision(),
            (self.ui.board.column, self.ui.board.card),
            body,
        );
        self.derived.board(key, || {
            let focus = self.focus();
            // Only the columns in view are drawn, so only their cards are sized.
            let count = self.columns().len();
            let shown = crate::tui::layout::board_columns(body, count, focus.0);
            let texts = self.card_texts(|i| shown.iter().any(|c| c.index == i));
            BoardLayout::new(body, texts, focus)
        })
    }

    /// The texts of the board's cards as drawn, column by column, for the columns `wanted`
    /// (empty for the others): what sizes each card.
    pub(crate) fn card_texts(&self, wanted: impl Fn(usize) -> bool) -> Vec<Vec<String>> {
        let record = self.record();
        let text = |id: &Id| {
            record.action(*id).map_or(String::new(), |a| {
                crate::core::inert_line(&a.text).into_owned()
            })
        };
        self.columns()
            .iter()
            .enumerate()
            .map(|(i, (_, cards))| {
                if wanted(i) {
                    cards.iter().map(text).collect()
                } else {
                    Vec::new()
                }
            })
            .collect()
    }

    /// What a click depends on: the tab and what scrolls, as it stands.
    pub(crate) fn scene(&self) -> Scene {
        let current = self.current().map(|s| s.id.as_str());
        let sessions = self
            .record()
            .plan
            .days
            .get(self.current_day())
            .map_or((0, 0), |day| {
                let at = day
                    .sessions
                    .iter()
                    .position(|s| Some(s.id.as_str()) == current);
                (day.sessions.len(), at.unwrap_or(0))
            });
        let listed = self.session_log();
        let notes = listed.len();
        let selected = self.ui.notes.get(notes);
        let selected_note = listed.get(selected).map_or(String::new(), |n| {
            crate::core::inert(&n.line(&self.record().plan))
        });
        let day = self.current_day();
        let days = self.record().plan.days.len();
        let weighing = self.weighing();
        Scene {
            tab: self.ui.tab,
            editor_open: matches!(self.ui.overlay, Some(Overlay::Editor(_))),
            sessions,
            days: (day.min(days), days.saturating_sub(day + 1)),
            notes: (notes, selected),
            selected_note,
            proposals: (weighing.proposals.len(), weighing.own),
            resolutions: self.record().resolutions.len(),
            columns: self.card_texts(|_| true),
            focus: self.focus(),
        }
    }
}

/// A row of a session's log in the Notes tab: a note, or a line typed in the session that was
/// filed elsewhere and is listed where it was typed, marked with where it went.
#[derive(Clone, Copy, Debug)]
pub enum Logged<'a> {
    /// A note of the session.
    Note(&'a Note),
    /// An action, on the Board.
    Action(&'a Action),
    /// A proposal added in the session, in Proposals.
    Proposal(&'a Proposal),
    /// A resolution, in Resolutions.
    Resolution(&'a Resolution),
}

impl Logged<'_> {
    /// Its id, which orders the log as it was typed.
    pub fn id(&self) -> Id {
        match self {
            Logged::Note(n) => n.id,
            Logged::Action(a) => a.id,
            Logged::Proposal(p) => p.id,
            Logged::Resolution(r) => r.id,
        }
    }

    /// Its line as typed, without its prefix: an action with its owner (by name) and due
    /// date ("Ana to circulate the survey by 2018-08-10").
    pub fn line(&self, agenda: &Agenda) -> String {
        match self {
            Logged::Action(a) => crate::core::commands::card_line(agenda, a),
            other => other.text().to_owned(),
        }
    }

    /// Its text (an action's without its owner and due date).
    pub fn text(&self) -> &str {
        match self {
            Logged::Note(n) => &n.text,
            Logged::Action(a) => &a.text,
            Logged::Proposal(p) => &p.title,
            Logged::Resolution(r) => &r.text,
        }
    }
}
