//! The outcome summary as the codes tell it: sections of items that know how much they
//! matter, told in full or with less [`Detail`] so that every decision and resolution fits
//! the codes.

use crate::export::qr::{Heading, Marks};
use crate::lang::{Labels, Language};

/// An outcome summary of the meeting or of one session, built once from the record and told
/// in full ([`Summary::text`]) or with less detail, so that its QR codes hold every decision
/// and resolution: the actions' wording gives way first, then the key points, then the
/// actions beyond a few a strategy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The lines before the first section: title, place and dates, progress.
    pub(super) intro: Vec<String>,
    pub(super) sections: Vec<Section>,
    /// The language it is told in.
    pub(super) language: Language,
}

/// One section: a capitalised heading and its items, in groups (the strategies) or in one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Section {
    pub(super) title: String,
    /// What its items are called.
    pub(super) noun: Noun,
    pub(super) weight: Weight,
    pub(super) groups: Vec<Group>,
}

/// What a section's items are called when the codes only count them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Noun {
    KeyPoint,
    Decision,
    Action,
    Resolution,
}

impl Noun {
    /// The labels of the noun: one, many, "… 3 more in the minutes", "… 3 in the minutes".
    fn ids(self) -> [&'static str; 4] {
        match self {
            Noun::KeyPoint => [
                "noun-key-point",
                "noun-key-points",
                "more-key-points",
                "untold-key-points",
            ],
            Noun::Decision => [
                "noun-decision",
                "noun-decisions",
                "more-decisions",
                "untold-decisions",
            ],
            Noun::Action => [
                "noun-action",
                "noun-actions",
                "more-actions",
                "untold-actions",
            ],
            Noun::Resolution => [
                "noun-resolution",
                "noun-resolutions",
                "more-resolutions",
                "untold-resolutions",
            ],
        }
    }
}

impl Section {
    /// A section of items in no groups, each the same in full and shortened.
    pub(super) fn flat(title: String, noun: Noun, weight: Weight, items: Vec<String>) -> Section {
        let items = items
            .into_iter()
            .map(|full| Item {
                short: full.clone(),
                full,
            })
            .collect();
        Section {
            title,
            noun,
            weight,
            groups: vec![Group { name: None, items }],
        }
    }
}

/// What gives way when a summary is too long for its codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Weight {
    /// Decisions and resolutions: in the codes whatever it costs.
    Essential,
    /// Actions: their wording first, then those beyond a count.
    Action,
    /// Key points: after the actions' wording.
    Note,
}

/// A strategy and its actions, or a section's items when it has no groups.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Group {
    pub(super) name: Option<String>,
    pub(super) items: Vec<Item>,
}

/// One line of a section, in full and shortened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Item {
    pub(super) full: String,
    pub(super) short: String,
}

/// A group of a section as [`Summary::lists`] gives it: its name, if any, and its lines.
pub(crate) type Listed<'s> = (Option<&'s str>, Vec<&'s str>);

/// How much of a summary is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Detail {
    /// Actions' wording cut to its first words.
    short_actions: bool,
    /// Key points told (else only counted).
    notes: bool,
    /// At most this many actions a strategy and in the next steps; the rest counted.
    actions: Option<usize>,
    /// Only the decisions and resolutions; a line says the minutes hold the rest.
    essentials_only: bool,
    /// At most this many decisions and resolutions, for a summary too long even then.
    essentials: Option<usize>,
}

impl Detail {
    /// Everything.
    pub(crate) const FULL: Detail = Detail {
        short_actions: false,
        notes: true,
        actions: None,
        essentials_only: false,
        essentials: None,
    };

    /// From everything down to the decisions and resolutions alone, each step giving up the
    /// least important detail left.
    pub(crate) const LADDER: [Detail; 7] = [
        Detail::FULL,
        Detail {
            short_actions: true,
            ..Detail::FULL
        },
        Detail::lean(None),
        Detail::lean(Some(3)),
        Detail::lean(Some(1)),
        Detail::lean(Some(0)),
        Detail::essentials(None),
    ];

    /// Shortened actions, at most `actions` a list, no key points.
    const fn lean(actions: Option<usize>) -> Detail {
        Detail {
            short_actions: true,
            notes: false,
            actions,
            essentials_only: false,
            essentials: None,
        }
    }

    /// The first `most` decisions and resolutions (all of them with None), nothing else.
    pub(crate) const fn essentials(most: Option<usize>) -> Detail {
        Detail {
            short_actions: true,
            notes: false,
            actions: Some(0),
            essentials_only: true,
            essentials: most,
        }
    }
}

/// A summary told at some detail: its text, with its section headings (level 0) and
/// strategy names (level 1), and its items as lines to keep whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Told {
    /// The text.
    pub text: String,
    /// What its lines are.
    pub marks: Marks,
}

impl Told {
    fn line(&mut self, line: &str) {
        self.text.push_str(line);
        self.text.push('\n');
    }

    fn whole(&mut self, line: &str) {
        let start = self.text.len();
        self.text.push_str(line);
        self.marks.whole.push((start, self.text.len()));
        self.text.push('\n');
    }

    fn heading(&mut self, line: &str, level: usize) {
        let start = self.text.len();
        self.line(line);
        self.marks.headings.push(Heading {
            start,
            end: self.text.len(),
            level,
        });
    }
}

impl Summary {
    /// The summary in full, as the minutes and `plenary qr --text` of a short meeting show it.
    pub fn text(&self) -> String {
        self.tell(Detail::FULL).text
    }

    /// The sections in full, each its heading and its groups (a strategy's name, or none)
    /// with their lines: for a view that lays the outcomes out itself, the phone page.
    pub(crate) fn lists(&self) -> impl Iterator<Item = (&str, Vec<Listed<'_>>)> {
        self.sections.iter().map(|section| {
            let groups = section
                .groups
                .iter()
                .map(|g| {
                    let items = g.items.iter().map(|i| i.full.as_str()).collect();
                    (g.name.as_deref(), items)
                })
                .collect();
            (section.title.as_str(), groups)
        })
    }

    /// How many decisions and resolutions there are (lines under DECIDED and RESOLUTIONS).
    pub(crate) fn essentials(&self) -> usize {
        self.sections
            .iter()
            .filter(|s| s.weight == Weight::Essential)
            .flat_map(|s| &s.groups)
            .map(|g| g.items.len())
            .sum()
    }

    /// The summary told at `detail`.
    pub(crate) fn tell(&self, detail: Detail) -> Told {
        let mut told = Told {
            text: String::new(),
            marks: Marks {
                language: self.language,
                ..Marks::default()
            },
        };
        for line in &self.intro {
            told.line(line);
        }
        if detail.essentials_only
            && let Some(elsewhere) = self.elsewhere()
        {
            told.line(&elsewhere);
        }
        let mut essentials = detail.essentials;
        for section in &self.sections {
            let (most, short) = match section.weight {
                Weight::Essential => (essentials, false),
                _ if detail.essentials_only => continue,
                Weight::Action => (detail.actions, detail.short_actions),
                Weight::Note => ((!detail.notes).then_some(0), false),
            };
            told.text.push('\n');
            told.heading(&section.title, 0);
            for group in &section.groups {
                if let Some(name) = &group.name {
                    told.heading(name, 1);
                }
                let kept = most.map_or(group.items.len(), |m| m.min(group.items.len()));
                for item in &group.items[..kept] {
                    told.whole(if short { &item.short } else { &item.full });
                }
                if kept < group.items.len() {
                    let untold = group.items.len() - kept;
                    // Whole, like an item: "… 2 more actions in" at the end of one code and
                    // "the minutes" in the next reads as neither, and in Arabic, two bytes a
                    // letter, the line is long enough for the split to land inside it.
                    told.whole(&more(
                        self.language.labels(),
                        untold,
                        kept > 0,
                        section.noun,
                    ));
                }
                if section.weight == Weight::Essential {
                    essentials = essentials.map(|m| m - kept);
                }
            }
        }
        if self.sections.is_empty() {
            told.text.push('\n');
            told.text
                .push_str(&self.language.labels().label("summary-nothing"));
        }
        let end = told.text.trim_end().len();
        told.text.truncate(end);
        told
    }

    /// The decisions and resolutions `detail` leaves out, by number ("resolutions 13–30 of
    /// 30"), or None when it tells them all.
    pub(crate) fn left_out(&self, detail: Detail) -> Option<String> {
        let mut most = detail.essentials?;
        let l = self.language.labels();
        let mut out = Vec::new();
        for section in self
            .sections
            .iter()
            .filter(|s| s.weight == Weight::Essential)
        {
            let n: usize = section.groups.iter().map(|g| g.items.len()).sum();
            let kept = most.min(n);
            most -= kept;
            let [one, many, ..] = section.noun.ids();
            match n - kept {
                0 => {}
                1 => out.push(l.label_with(
                    "summary-left-out-one",
                    &[("noun", l.label(one).into()), ("n", n.into())],
                )),
                _ => out.push(l.label_with(
                    "summary-left-out",
                    &[
                        ("nouns", l.label(many).into()),
                        ("from", (kept + 1).into()),
                        ("n", n.into()),
                    ],
                )),
            }
        }
        (!out.is_empty()).then(|| and(l, out))
    }

    /// The line that says where the detail went when only decisions and resolutions are told:
    /// "(the actions and key points are in the minutes)"; None when there was none.
    fn elsewhere(&self) -> Option<String> {
        let mut kinds: Vec<&str> = Vec::new();
        for section in &self.sections {
            let [_, many, ..] = section.noun.ids();
            if section.weight != Weight::Essential && !kinds.contains(&many) {
                kinds.push(many);
            }
        }
        let l = self.language.labels();
        (!kinds.is_empty()).then(|| {
            let kinds = kinds.into_iter().map(|k| l.label(k)).collect();
            l.label_with("summary-elsewhere", &[("kinds", and(l, kinds).into())])
        })
    }
}

/// "a and b and c", as the language says "and".
fn and(l: &Labels, items: Vec<String>) -> String {
    items
        .into_iter()
        .reduce(|first, second| {
            l.label_with(
                "summary-and",
                &[("first", first.into()), ("second", second.into())],
            )
        })
        .unwrap_or_default()
}

/// "… 5 more actions in the minutes", or "… 4 key points in the minutes" when none was told.
fn more(l: &Labels, n: usize, some_told: bool, noun: Noun) -> String {
    let [_, _, more, untold] = noun.ids();
    l.label_with(if some_told { more } else { untold }, &[("n", n.into())])
}
