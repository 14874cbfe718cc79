//! What the screen derives from the record — the outcome summary split into QR codes, the
//! day's time plan — kept until the record changes (or, for the plan, the clock moves on), so
//! a frame or a key does not build it again. Drawing takes `&App`, so the caches fill on
//! first use behind a `RefCell`; what they hand out is shared, never borrowed across a draw.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDateTime;
use ratatui::layout::Rect;

use crate::core::record::Record;
use crate::core::timing::{DayPlan, day_plan};
use crate::export::{Options, qr, summary};
use crate::tui::layout::{ColumnArea, board_columns, first_card};

/// A part's code, or why it could not be encoded.
type Encoded = Rc<Result<qr::Matrix, String>>;

/// The outcomes the QR screen shows, split into the parts a phone scans one at a time.
#[derive(Debug)]
pub(crate) struct Outcomes {
    /// What the parts are called ("Durban outcomes"); empty when there are none.
    pub label: String,
    /// The parts; an error when the summary could not be split, None when the session asked
    /// for is not in the agenda.
    pub parts: Option<Result<Vec<qr::Part>, String>>,
    /// The decisions and resolutions no code holds, when even they do not fit the codes.
    pub left_out: Option<String>,
    /// Each part's code, encoded when it is first shown.
    codes: RefCell<Vec<Option<Encoded>>>,
}

impl Outcomes {
    fn new(record: &Record, session: Option<&str>) -> Outcomes {
        let fitted = qr::outcomes(record, session, &Options::default())
            .map(|fitted| fitted.map_err(|e| e.to_string()));
        let count = match &fitted {
            Some(Ok(fitted)) => fitted.parts.len(),
            _ => 0,
        };
        let left_out = match &fitted {
            Some(Ok(fitted)) => fitted.left_out.clone(),
            _ => None,
        };
        Outcomes {
            label: summary::label(record, &Options::default()),
            parts: fitted.map(|f| f.map(|f| f.parts)),
            left_out,
            codes: RefCell::new(vec![None; count]),
        }
    }

    /// How many parts there are (none when there is nothing to split).
    pub(crate) fn count(&self) -> usize {
        match &self.parts {
            Some(Ok(parts)) => parts.len(),
            _ => 0,
        }
    }

    /// The code of part `index` (from 0), encoded once; None past the last part.
    pub(crate) fn code(&self, index: usize) -> Option<Encoded> {
        let Some(Ok(parts)) = &self.parts else {
            return None;
        };
        let part = parts.get(index)?;
        let mut codes = self.codes.borrow_mut();
        let slot = codes.get_mut(index)?;
        let code = slot
            .get_or_insert_with(|| Rc::new(qr::encode(&part.payload()).map_err(|e| e.to_string())));
        Some(Rc::clone(code))
    }
}

/// The board as drawn in a body: the columns in view, each with the first card it shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct BoardLayout {
    /// The focused column and card, clamped to the board.
    pub focus: (usize, usize),
    /// The columns in view, left to right, and the first card drawn in each.
    pub columns: Vec<(ColumnArea, usize)>,
    /// The texts of the cards of every column as drawn, which size the cards.
    pub texts: Vec<Vec<String>>,
}

impl BoardLayout {
    /// Lays out a board with cards of `texts` in each column in `body`, around `focus`.
    pub(crate) fn new(body: Rect, texts: Vec<Vec<String>>, focus: (usize, usize)) -> BoardLayout {
        let columns = board_columns(body, texts.len(), focus.0)
            .into_iter()
            .map(|c| {
                let first = first_card(c.index, focus, &texts[c.index], c.rect);
                (c, first)
            })
            .collect();
        BoardLayout {
            focus,
            columns,
            texts,
        }
    }
}

/// One value kept with the key it was made for, made again when asked with another key.
struct Cache<K, V>(RefCell<Option<(K, Rc<V>)>>);

impl<K, V> Default for Cache<K, V> {
    fn default() -> Cache<K, V> {
        Cache(RefCell::new(None))
    }
}

impl<K: PartialEq, V> Cache<K, V> {
    fn get(&self, key: K, make: impl FnOnce() -> V) -> Rc<V> {
        let mut cached = self.0.borrow_mut();
        match &*cached {
            Some((k, value)) if *k == key => Rc::clone(value),
            _ => {
                let value = Rc::new(make());
                *cached = Some((key, Rc::clone(&value)));
                value
            }
        }
    }
}

/// The caches, one entry each: the screen shows one scope, one day and one board at a time.
#[derive(Default)]
pub(crate) struct Derived {
    /// By revision and scope (None: the meeting).
    outcomes: Cache<(u64, Option<String>), Outcomes>,
    /// By revision, day and second.
    plan: Cache<(u64, usize, NaiveDateTime), DayPlan>,
    /// By revision, focus as asked for, and body.
    board: Cache<(u64, (usize, usize), Rect), BoardLayout>,
}

impl Derived {
    /// The outcomes of `session` (None: the meeting) in `record` at `revision`.
    pub(crate) fn outcomes(
        &self,
        revision: u64,
        record: &Record,
        session: Option<&str>,
    ) -> Rc<Outcomes> {
        let key = (revision, session.map(str::to_owned));
        self.outcomes.get(key, || Outcomes::new(record, session))
    }

    /// Day `day` of `record` at `revision`, re-timed at `now`.
    pub(crate) fn day_plan(
        &self,
        revision: u64,
        record: &Record,
        day: usize,
        now: NaiveDateTime,
    ) -> Rc<DayPlan> {
        self.plan
            .get((revision, day, now), || day_plan(record, day, now))
    }

    /// The board at `revision` with the focus asked for, in `body`; `make` lays it out.
    pub(crate) fn board(
        &self,
        key: (u64, (usize, usize), Rect),
        make: impl FnOnce() -> BoardLayout,
    ) -> Rc<BoardLayout> {
        self.board.get(key, make)
    }
}
