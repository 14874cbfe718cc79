//! A summary cut into numbered parts that each fit one code and each read on their own.
//!
//! When there are several parts, each starts with a line like `Test meeting outcomes 2/3`;
//! the parts' chunks, joined, are the summary again. In the outcome summary a part that starts
//! inside a section repeats the section's heading (and the strategy's, inside STRATEGIES)
//! marked "(continued)", no part ends on a heading whose items are in the next part, and no
//! item is cut between two parts unless it is too long for one: people scan each code on its
//! own. Plain text breaks after a line where that costs no extra code, else after a space,
//! and never inside a character.

use super::{MAX_VERSION, QrError, byte_capacity};
use crate::lang::{Labels, Language};

/// A heading line of the text being split, by byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Heading {
    /// Where the heading's line begins.
    pub start: usize,
    /// Just after the heading's line break.
    pub end: usize,
    /// 0 for a section, 1 for a group within it (a strategy).
    pub level: usize,
}

/// One part of a summary, as one code carries it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// The part's number, from 1.
    pub number: usize,
    /// How many parts there are.
    pub count: usize,
    /// The first line, `Test meeting outcomes 2/3`, when there are several parts.
    pub header: Option<String>,
    /// The headings this part continues, on one line marked "(continued)" ("STRATEGIES:
    /// Mobilise (continued)"); empty when the part starts at a heading or outside any section.
    pub context: String,
    /// This part's piece of the summary.
    pub chunk: String,
}

impl Part {
    /// The text the code holds: the header line, the headings it continues, then the chunk.
    pub fn payload(&self) -> String {
        match &self.header {
            Some(h) => format!("{h}\n{}{}", self.context, self.chunk),
            None => format!("{}{}", self.context, self.chunk),
        }
    }
}

/// Splits `summary` into as few parts of at most `max_version`'s capacity as it takes,
/// labelled `label 2/3`: at line breaks where that costs no extra part, else at spaces where
/// that costs none, else anywhere between characters. The text has no headings to repeat; see
/// [`fit`](super::fit) for the outcome summary, whose headings repeat.
pub fn split(summary: &str, label: &str, max_version: u8) -> Result<Vec<Part>, QrError> {
    let marks = Marks::default();
    split_with(
        summary,
        &marks,
        label,
        max_version,
        &[Cut::Line, Cut::Word, Cut::Char],
    )
}

/// What a text to split says about its lines: its headings, and the lines to keep whole.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Marks {
    /// The heading lines, in order.
    pub headings: Vec<Heading>,
    /// Lines (start, end) that no part may cut when they fit in a part of their own, in
    /// order: an item in two codes is read in neither.
    pub whole: Vec<(usize, usize)>,
    /// The language the text is in, which says "(continued)" on a part that goes on under a
    /// heading of the part before.
    pub language: Language,
}

/// Splits `text`, whose lines `marks` describes, into as few parts of at most
/// `max_version`'s capacity as it takes, labelled `label 2/3`, at line breaks where that
/// costs no extra part, else at spaces, never inside a line to keep whole.
pub(crate) fn split_outlined(
    text: &str,
    marks: &Marks,
    label: &str,
    max_version: u8,
) -> Result<Vec<Part>, QrError> {
    split_with(text, marks, label, max_version, &[Cut::Line, Cut::Word])
}

/// Splits as the first of `cuts` that makes the fewest parts.
fn split_with(
    text: &str,
    marks: &Marks,
    label: &str,
    max_version: u8,
    cuts: &[Cut],
) -> Result<Vec<Part>, QrError> {
    let capacity = byte_capacity(max_version).ok_or(QrError::NoSuchVersion(max_version))?;
    if text.len() <= capacity {
        return Ok(vec![Part {
            number: 1,
            count: 1,
            header: None,
            context: String::new(),
            chunk: text.to_owned(),
        }]);
    }
    let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
    let outline = Outline {
        text,
        headings: &marks.headings,
        labels: marks.language.labels(),
        // Repeated headings may take a third of a code; longer ones are left out.
        budget: capacity / 3,
        // A line longer than two thirds of a code may not fit beside its part's header and
        // headings: it starts a part, which may cut it.
        whole: marks
            .whole
            .iter()
            .map(|&(start, end)| (start, end, end - start > capacity * 2 / 3))
            .collect(),
    };
    // The header's length depends on how many digits the count has; find the digit count that
    // agrees with the number of parts it produces.
    for digits in 1..=6u32 {
        let widest = 10usize.pow(digits) - 1;
        let room = |number, at| {
            let header = header_line(&label, number, widest);
            capacity.checked_sub(header.len() + 1 + outline.context(at).len())
        };
        let chunks =
            chunk(&outline, room, cuts).ok_or_else(|| too_small(&label, max_version, capacity))?;
        if chunks.len() <= widest {
            let count = chunks.len();
            return Ok(chunks
                .into_iter()
                .enumerate()
                .map(|(i, (start, end))| Part {
                    number: i + 1,
                    count,
                    header: Some(header_line(&label, i + 1, count)),
                    context: outline.context(start),
                    chunk: text[start..end].to_owned(),
                })
                .collect());
        }
    }
    Err(too_small(&label, max_version, capacity))
}

fn header_line(label: &str, number: usize, count: usize) -> String {
    if label.is_empty() {
        format!("{number}/{count}")
    } else {
        format!("{label} {number}/{count}")
    }
}

fn too_small(label: &str, version: u8, capacity: usize) -> QrError {
    // A part needs its header, a newline and room for the widest character (4 bytes);
    // reckoned for up to 999 parts.
    let want = header_line(label, 999, 999).len() + 1 + 4 * 8;
    let needed = (1..=MAX_VERSION)
        .find(|&v| byte_capacity(v).is_some_and(|c| c >= want))
        .unwrap_or(MAX_VERSION);
    QrError::TooSmall {
        version,
        capacity,
        needed,
    }
}

/// The text being split with its headings: what a part starting at a byte repeats, and where
/// a part may end.
struct Outline<'t> {
    text: &'t str,
    headings: &'t [Heading],
    /// The most bytes the repeated headings of one part may take.
    budget: usize,
    /// The labels that say "(continued)".
    labels: &'static Labels,
    /// The lines (start, end) no part may cut, and whether each is too long for a part: one
    /// that is may be cut by a part whose first item it is, so it takes as few parts as it can.
    whole: Vec<(usize, usize, bool)>,
}

impl Outline<'_> {
    /// The headings a part starting at byte `at` continues, on one line, outermost first and
    /// marked "(continued)": "RESOLUTIONS (continued)", "STRATEGIES: Mobilise (continued)";
    /// empty when it continues none. Inner headings give way when the line would take more
    /// than the budget.
    fn context(&self, at: usize) -> String {
        let mut open: Vec<&Heading> = Vec::new();
        for h in self.headings.iter().take_while(|h| h.end <= at) {
            open.retain(|o| o.level < h.level);
            open.push(h);
        }
        open.retain(|h| at < self.scope_end(h));
        let mut names: Vec<&str> = open
            .iter()
            .map(|h| self.text[h.start..h.end].trim_end())
            .collect();
        loop {
            let headings = self.labels.colon_list(&names);
            let line = self
                .labels
                .label_with("qr-continued", &[("headings", headings.into())])
                + "\n";
            if names.is_empty() {
                return String::new();
            }
            if line.len() <= self.budget {
                return line;
            }
            names.pop();
        }
    }

    /// Where what `h` heads ends: at the next heading of its level or an outer one, before the
    /// blank line that leads that heading; else at the end of the text.
    fn scope_end(&self, h: &Heading) -> usize {
        let next = self
            .headings
            .iter()
            .find(|n| n.start >= h.end && n.level <= h.level)
            .map_or(self.text.len(), |n| n.start);
        next - usize::from(self.text[..next].ends_with("\n\n"))
    }

    /// Whether a part that starts at byte `from` may end at byte `at`: not inside a heading's
    /// line nor just after it (its items would be in the next part), not between a heading and
    /// the blank line before it, and not inside a line to keep whole (unless the line is too
    /// long for a part and is this part's first item).
    fn may_cut(&self, from: usize, at: usize) -> bool {
        let in_heading = self.headings.iter().any(|h| {
            let blank_before = self.text[..h.start].ends_with("\n\n");
            (h.start < at && at <= h.end) || (blank_before && at + 1 == h.start)
        });
        // A long line may be cut by the part whose first item it is.
        let first_item = |start: usize| !self.whole.iter().any(|w| from <= w.0 && w.0 < start);
        let in_whole = self
            .whole
            .iter()
            .any(|&(start, end, long)| start < at && at < end && !(long && first_item(start)));
        !in_heading && !in_whole
    }
}

/// Where a chunk may end, from most to least readable.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cut {
    /// After a line break when there is one in reach (else as `Word`).
    Line,
    /// After a space or line break, whichever comes last (else as `Char`).
    Word,
    /// At the last character boundary in reach.
    Char,
}

/// Cuts the text into chunks, as byte ranges; `room(n, at)` is how many bytes chunk `n` (from
/// 1), starting at byte `at`, may take. Cuts as the first of `cuts` that makes the fewest
/// chunks (never inside a character). None when a chunk has no room for one.
fn chunk(
    outline: &Outline<'_>,
    room: impl Fn(usize, usize) -> Option<usize>,
    cuts: &[Cut],
) -> Option<Vec<(usize, usize)>> {
    let cuts = cuts
        .iter()
        .map(|&cut| chunk_by(outline, &room, cut))
        .collect::<Option<Vec<_>>>()?;
    let fewest = cuts.iter().map(Vec::len).min()?;
    cuts.into_iter().find(|c| c.len() == fewest)
}

/// Cuts greedily: each chunk as long as `cut` allows.
fn chunk_by(
    outline: &Outline<'_>,
    room: &impl Fn(usize, usize) -> Option<usize>,
    cut: Cut,
) -> Option<Vec<(usize, usize)>> {
    let text = outline.text;
    let mut chunks = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let room = room(chunks.len() + 1, at).filter(|&r| r >= 4)?;
        let rest = &text[at..];
        let end = if rest.len() <= room {
            rest.len()
        } else {
            let mut limit = room;
            while !rest.is_char_boundary(limit) {
                limit -= 1;
            }
            cut_in(outline, at, &rest[..limit], cut)
        };
        chunks.push((at, at + end));
        at += end;
    }
    Some(chunks)
}

/// Where in `window` (the text from byte `at` on, as much as fits) a chunk ends, as `cut`
/// prefers: the length of the chunk.
fn cut_in(outline: &Outline<'_>, at: usize, window: &str, cut: Cut) -> usize {
    let ok = |i: &usize| outline.may_cut(at, at + i);
    let line = || {
        window
            .match_indices('\n')
            .rev()
            .map(|(i, _)| i + 1)
            .find(ok)
    };
    let word = || {
        window
            .rmatch_indices([' ', '\n'])
            .map(|(i, _)| i)
            .filter(|&i| !bullet_before(window, i))
            .map(|i| i + 1)
            .find(ok)
    };
    let char = || {
        (1..=window.len())
            .rev()
            .filter(|&i| window.is_char_boundary(i))
            .find(ok)
    };
    let found = match cut {
        Cut::Line => line().or_else(word).or_else(char),
        Cut::Word => word().or_else(char),
        Cut::Char => char(),
    };
    found.unwrap_or(window.len())
}

/// Whether the space at `i` follows a line's `-` bullet, which must stay with its item.
fn bullet_before(text: &str, i: usize) -> bool {
    let before = &text[..i];
    before == "-" || before.ends_with("\n-")
}
