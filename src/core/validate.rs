//! The meaning checks of an agenda: what a well-formed file can still get wrong.

use std::collections::{HashMap, HashSet};

use super::agenda::{Agenda, Day, Planned, Session, looks_like_id, minute_of_day};
use super::capture::folded;

mod items;
mod roles;

/// One thing wrong with an agenda.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Problem {
    /// What is wrong and what was expected.
    pub message: String,
    /// Where in the file it is.
    pub anchor: Anchor,
}

/// A place in an agenda file, named by content because the parsed agenda has no positions:
/// the `nth` (from 0) occurrence of the string `value`, written as `field: "value"` when a
/// field is given. The file loader turns it into a line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Anchor {
    /// The field the value is written under, if it matters.
    pub field: Option<&'static str>,
    /// The string value as written.
    pub value: String,
    /// Which occurrence, from 0.
    pub nth: usize,
    /// The field whose value holds it, when only occurrences inside that one count (`days`
    /// for a session or an item: an option or participant of the same id comes before).
    pub within: Option<&'static str>,
    /// Whether the value is an element of the list written under `field` (`aliases: ["EKR",
    /// ""]`) rather than the field's value itself.
    pub listed: bool,
}

impl Anchor {
    fn field(field: &'static str, value: &str, nth: usize) -> Anchor {
        Anchor {
            field: Some(field),
            value: value.to_owned(),
            nth,
            within: None,
            listed: false,
        }
    }

    fn value(value: &str, nth: usize) -> Anchor {
        Anchor {
            field: None,
            value: value.to_owned(),
            nth,
            within: None,
            listed: false,
        }
    }

    /// The `nth` `value` written as an element of a list under `field`.
    fn element(field: &'static str, value: &str, nth: usize) -> Anchor {
        Anchor {
            listed: true,
            ..Anchor::field(field, value, nth)
        }
    }

    /// The `nth` `id: "…"` with this value among the days' sessions and items.
    fn in_days(id: &str, nth: usize) -> Anchor {
        Anchor {
            within: Some("days"),
            ..Anchor::field("id", id, nth)
        }
    }

    /// A session's own `id: "…"`: session ids are unique, so the first among the days.
    fn session(id: &str) -> Anchor {
        Anchor::in_days(id, 0)
    }
}

/// The longest a session may be planned: a whole day.
const MAX_MINUTES: u32 = 24 * 60;

/// Checks what the agenda means: unique ids, known references, days in order, sessions that
/// fit their day, listed in order. Returns every problem found,
/// in file order where it can. An over-full day is only a warning ([`warnings`]).
pub(crate) fn validate(agenda: &Agenda) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut say = |anchor: Anchor, message: String| problems.push(Problem { message, anchor });
    // How often each unknown reference was met so far, so repeats point at their own place.
    let mut unknown = HashMap::new();

    if agenda.title.trim().is_empty() {
        say(
            Anchor::field("title", &agenda.title, 0),
            "the agenda needs a title".into(),
        );
    }
    let defined = check_definitions(agenda, &mut unknown, &mut say);
    unique_ids(
        agenda.sessions().map(|(_, s)| s.id.as_str()),
        "session",
        &mut say,
    );
    check_days(agenda, &mut say);
    for day in &agenda.days {
        check_day(day, &defined, &mut unknown, &mut say);
    }
    check_tracks_and_rooms(agenda, &mut say);
    check_kinds(agenda, &mut say);
    items::check_items(agenda, &mut say);
    roles::check_roles(agenda, &mut say);
    problems
}

/// The ids an agenda defines, which its sessions and proposals refer to.
struct Defined<'a> {
    participants: HashSet<&'a str>,
    criteria: HashSet<&'a str>,
    proposals: HashSet<&'a str>,
}

/// Checks that a participant gives its organisation one way: `organisation` for one, or
/// `organisations` for several, and no empty name in the list.
fn check_organisations(agenda: &Agenda, say: &mut impl FnMut(Anchor, String)) {
    for (i, p) in agenda.participants.iter().enumerate() {
        if !p.organisation.is_empty() && !p.organisations.is_empty() {
            // Earlier participants of the same organisation write the same text first.
            let nth = agenda.participants[..i]
                .iter()
                .filter(|q| q.organisation == p.organisation)
                .count();
            say(
                Anchor::field("organisation", &p.organisation, nth),
                format!(
                    "participant `{}` gives both `organisation` and `organisations`; expected \
                     one of them: `organisation: \"…\"` for one, `organisations: [\"…\", \"…\"]` \
                     for several",
                    p.id
                ),
            );
        }
        if p.organisations.iter().any(|o| o.trim().is_empty()) {
            say(
                Anchor::field("id", &p.id, 0),
                format!(
                    "participant `{}` has an empty name in `organisations`; give each \
                     organisation its name or leave it out",
                    p.id
                ),
            );
        }
    }
}

/// Checks each proposal's options: an id, unique within the proposal, and a title.
fn check_options(agenda: &Agenda, say: &mut impl FnMut(Anchor, String)) {
    for (k, p) in agenda.proposals.iter().enumerate() {
        for (i, o) in p.options.iter().enumerate() {
            let at = || Anchor::field("id", &o.id, ids_before_option(agenda, k, i, &o.id));
            if o.id.trim().is_empty() {
                say(
                    at(),
                    format!(
                        "an option of proposal `{}` has an empty id; expected a short handle \
                         like \"a\"",
                        p.id
                    ),
                );
            } else if p.options[..i].iter().any(|earlier| earlier.id == o.id) {
                say(
                    at(),
                    format!(
                        "option id `{}` is used more than once in proposal `{}`; each option \
                         needs its own id",
                        o.id, p.id
                    ),
                );
            }
            if o.title.trim().is_empty() {
                say(
                    at(),
                    format!(
                        "option `{}` of proposal `{}` needs a title; expected \
                         `(id: \"{}\", title: \"…\")`",
                        o.id, p.id, o.id
                    ),
                );
            }
        }
    }
}

/// How often `id: "{id}"` is written before option `i` of proposal `k`, in the order an
/// agenda lists them: participants, criteria, then each proposal's id before its options.
fn ids_before_option(agenda: &Agenda, k: usize, i: usize, id: &str) -> usize {
    let participants = agenda.participants.iter().filter(|p| p.id == id).count();
    let criteria = agenda.criteria.iter().filter(|c| c.id == id).count();
    let proposals = agenda.proposals[..=k].iter().filter(|p| p.id == id).count();
    let options = agenda.proposals[..k]
        .iter()
        .flat_map(|p| &p.options)
        .chain(&agenda.proposals[k].options[..i])
        .filter(|o| o.id == id)
        .count();
    participants + criteria + proposals + options
}

/// Checks that each alias names one participant: not empty, and not another participant's
/// id, name or alias (as typing compares them, ignoring case and accents), since an owner or a
/// speaker typed so must be one person.
fn check_aliases(agenda: &Agenda, say: &mut impl FnMut(Anchor, String)) {
    // How often each alias was written so far, so the message points at this one.
    let mut written: HashMap<&str, usize> = HashMap::new();
    for (i, p) in agenda.participants.iter().enumerate() {
        for alias in &p.aliases {
            let nth = written.entry(alias).or_default();
            let at = Anchor::element("aliases", alias, *nth);
            *nth += 1;
            let wanted = folded(alias);
            if wanted.is_empty() {
                say(
                    at,
                    format!(
                        "participant `{}` has an empty alias; give each alias a name or leave it out",
                        p.id
                    ),
                );
                continue;
            }
            // Two people sharing an alias are told once, at the first of them.
            let other = agenda.participants.iter().enumerate().find(|(j, q)| {
                *j != i
                    && (folded(&q.id) == wanted
                        || folded(&q.name) == wanted
                        || *j > i && q.aliases.iter().any(|a| folded(a) == wanted))
            });
            if let Some((_, q)) = other {
                say(
                    at,
                    format!(
                        "alias `{alias}` of participant `{}` also names participant `{}`; \
                         an alias must name one person",
                        p.id, q.id
                    ),
                );
            }
        }
    }
}

/// Checks the participants, criteria and proposals, and returns the ids they define.
fn check_definitions<'a>(
    agenda: &'a Agenda,
    unknown: &mut HashMap<String, usize>,
    say: &mut impl FnMut(Anchor, String),
) -> Defined<'a> {
    let participants = unique_ids(
        agenda.participants.iter().map(|p| p.id.as_str()),
        "participant",
        say,
    );
    for p in &agenda.participants {
        if p.name.trim().is_empty() {
            say(
                Anchor::field("id", &p.id, 0),
                format!("participant `{}` needs a name", p.id),
            );
        }
    }
    check_organisations(agenda, say);
    check_aliases(agenda, say);
    let criteria = unique_ids(
        agenda.criteria.iter().map(|c| c.id.as_str()),
        "criterion",
        say,
    );
    for c in &agenda.criteria {
        if c.weight == 0 {
            say(
                Anchor::field("id", &c.id, 0),
                format!(
                    "criterion `{}` has weight 0; a weight is at least 1 (leave it out for 1)",
                    c.id
                ),
            );
        }
    }
    let proposals = unique_ids(
        agenda.proposals.iter().map(|p| p.id.as_str()),
        "proposal",
        say,
    );
    for p in &agenda.proposals {
        known(&p.presenters, &participants, "participant", unknown, say);
    }
    check_options(agenda, say);
    Defined {
        participants,
        criteria,
        proposals,
    }
}

/// Checks that there are days and that they are in date order.
fn check_days(agenda: &Agenda, say: &mut impl FnMut(Anchor, String)) {
    if agenda.days.is_empty() {
        say(
            Anchor::field("days", "", 0),
            "the agenda has no days; add at least one `(date: \"YYYY-MM-DD\", sessions: [...])`"
                .into(),
        );
    }
    for pair in agenda.days.windows(2) {
        if pair[1].date <= pair[0].date {
            let date = pair[1].date.to_string();
            say(
                Anchor::field("date", &date, 0),
                format!(
                    "day {date} comes after day {}; days must be in date order, each date once",
                    pair[0].date
                ),
            );
        }
    }
}

/// Checks one day: each session is sound and they are listed in the order they happen. A day
/// may have no sessions (a field visit, a free day), and no time at all: with neither the day
/// nor its first session given a start, its sessions simply have no planned times.
fn check_day(
    day: &Day,
    defined: &Defined<'_>,
    unknown: &mut HashMap<String, usize>,
    say: &mut impl FnMut(Anchor, String),
) {
    if let (Some(start), Some(end)) = (day.start, day.end)
        && end <= start
    {
        say(
            Anchor::field("end", &end.format("%H:%M").to_string(), 0),
            format!(
                "day {} ends at {}, not after it starts at {}; expected an end later in the day",
                day.date,
                end.format("%H:%M"),
                start.format("%H:%M")
            ),
        );
    }
    let planned = day.planned();
    for (s, at) in day.sessions.iter().zip(&planned) {
        check_session(s, *at, defined, unknown, say);
    }
    for (b, a) in in_sequence(day) {
        check_order(&day.sessions[a], planned[a], &day.sessions[b], say);
    }
}

/// Checks that a session is each of its kinds once: `kind` and `also` together name each at
/// most once, told at the session (its kinds are names, not text the file can be searched
/// for).
fn check_kinds(agenda: &Agenda, say: &mut impl FnMut(Anchor, String)) {
    for (_, s) in agenda.sessions() {
        let kinds: Vec<_> = s.kinds().collect();
        let twice = kinds
            .iter()
            .enumerate()
            .find(|(i, k)| kinds[..*i].contains(k))
            .map(|(_, k)| k);
        if let Some(twice) = twice {
            say(
                Anchor::session(&s.id),
                format!(
                    "session `{}` is `{twice:?}` twice; expected each of its kinds once, the \
                     first in `kind` and the others in `also`",
                    s.id
                ),
            );
        }
    }
}

/// Checks that a session's `track` and `room`, when given, say something; an empty one is
/// told at its own `track:` or `room:`.
fn check_tracks_and_rooms(agenda: &Agenda, say: &mut impl FnMut(Anchor, String)) {
    // How often each value was written so far under each field, so the message points at
    // this session's.
    let mut written: HashMap<(&str, &str), usize> = HashMap::new();
    for (_, s) in agenda.sessions() {
        let fields = [
            (
                "track",
                &s.track,
                "expected the name of the group or breakout it runs in, or leave `track` out \
                 for the plenary",
            ),
            (
                "room",
                &s.room,
                "expected where it is held, or leave `room` out",
            ),
        ];
        for (field, value, expected) in fields {
            let Some(value) = value else { continue };
            let nth = written.entry((field, value)).or_default();
            let at = Anchor::field(field, value, *nth);
            *nth += 1;
            if value.trim().is_empty() {
                say(
                    at,
                    format!("session `{}` has an empty {field}; {expected}", s.id),
                );
            }
        }
    }
}

/// Every pair (session, one it follows on from) of a day, by index, later one first: each
/// session with the one before it, or with the sessions of parallel tracks it follows.
fn in_sequence(day: &Day) -> Vec<(usize, usize)> {
    day.follows()
        .into_iter()
        .enumerate()
        .flat_map(|(b, before)| before.into_iter().map(move |a| (b, a)))
        .collect()
}

/// Checks one session: a title, a length that fits the day, and references that exist.
fn check_session(
    s: &Session,
    at_time: Planned,
    defined: &Defined<'_>,
    unknown: &mut HashMap<String, usize>,
    say: &mut impl FnMut(Anchor, String),
) {
    let at = || Anchor::session(&s.id);
    if s.title.trim().is_empty() {
        say(at(), format!("session `{}` needs a title", s.id));
    }
    match s.minutes {
        Some(minutes) if minutes == 0 || minutes > MAX_MINUTES => say(
            at(),
            format!(
                "session `{}` lasts {minutes} minutes; expected 1 to {MAX_MINUTES}, or leave \
                 `minutes` out when the length is not known",
                s.id
            ),
        ),
        _ if at_time.end.is_some_and(|end| end > MAX_MINUTES) => {
            say(at(), format!("session `{}` runs past midnight", s.id));
        }
        _ => {}
    }
    // A lead written like an id must be a participant's; a group or organisation leads by
    // its name as written ("Working group 2"), as an item's presenters do.
    let ids: Vec<String> = s
        .leads
        .iter()
        .filter(|l| looks_like_id(l) || l.trim().is_empty())
        .cloned()
        .collect();
    known(&ids, &defined.participants, "participant", unknown, say);
    known(&s.proposals, &defined.proposals, "proposal", unknown, say);
    known(&s.criteria, &defined.criteria, "criterion", unknown, say);
}

/// Checks that session `b`, listed after `a` (planned as `a_at`) on the same day, does not
/// start before it: sessions are listed in the order they happen.
fn check_order(a: &Session, a_at: Planned, b: &Session, say: &mut impl FnMut(Anchor, String)) {
    let (Some(a_start), Some(b_start)) = (a_at.start, b.start) else {
        return;
    };
    if minute_of_day(b_start) < a_start {
        say(
            Anchor::session(&b.id),
            format!(
                "session `{}` starts at {}, before `{}` at {}; list sessions in the order they happen",
                b.id,
                b_start.format("%H:%M"),
                a.id,
                hh_mm(a_start)
            ),
        );
    }
}

/// Checks the times an agenda may give but probably does not mean: a session planned to run
/// past the start of the next (an over-full agenda, which the live re-timing shows as a
/// slip), and sessions that run past their day's end or start before it.
fn time_warnings(agenda: &Agenda, problems: &mut Vec<Problem>) {
    for day in &agenda.days {
        let planned = day.planned();
        for (b, a) in in_sequence(day) {
            let (at, a, b) = (planned[a], &day.sessions[a], &day.sessions[b]);
            if let (Some(a_start), Some(a_end), Some(b_start)) = (at.start, at.end, b.start)
                && a_start <= minute_of_day(b_start)
                && a_end > minute_of_day(b_start)
            {
                problems.push(Problem {
                    anchor: Anchor::session(&b.id),
                    message: format!(
                        "session `{}` ({}, {} min) runs until {}, {} min past the start of `{}` \
                         at {}; the day is over-full, and the time plan will show the slip",
                        a.id,
                        hh_mm(a_start),
                        a_end - a_start,
                        hh_mm(a_end),
                        a_end - minute_of_day(b_start),
                        b.id,
                        b_start.format("%H:%M")
                    ),
                });
            }
        }
        day_bounds(day, &planned, problems);
    }
}

/// Warns about the sessions of `day` that start before the day does or end after it.
fn day_bounds(day: &Day, planned: &[Planned], problems: &mut Vec<Problem>) {
    let first = day.sessions.first().zip(planned.first());
    if let (Some(day_start), Some((s, at))) = (day.start, first)
        && at
            .start
            .is_some_and(|start| start < minute_of_day(day_start))
    {
        problems.push(Problem {
            anchor: Anchor::session(&s.id),
            message: format!(
                "session `{}` starts at {}, before day {} starts at {}",
                s.id,
                at.start.map_or_else(String::new, hh_mm),
                day.date,
                day_start.format("%H:%M")
            ),
        });
    }
    let Some(day_end) = day.end else {
        return;
    };
    let past = day
        .sessions
        .iter()
        .zip(planned)
        .find(|(_, at)| at.end.is_some_and(|end| end > minute_of_day(day_end)));
    if let Some((s, at)) = past {
        problems.push(Problem {
            anchor: Anchor::session(&s.id),
            message: format!(
                "session `{}` runs until {}, past the end of day {} at {}",
                s.id,
                at.end.map_or_else(String::new, hh_mm),
                day.date,
                day_end.format("%H:%M")
            ),
        });
    }
}

/// "09:30" for 570 minutes after midnight.
fn hh_mm(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60 % 24, minutes % 60)
}

/// Checks what an agenda may say but probably does not mean: a head count or a number of
/// countries smaller than the named participants show, an over-full day, sessions outside
/// their day's times. `plenary check` reports these without failing, because the organisers
/// may know better, and a meeting does run over.
pub(crate) fn warnings(agenda: &Agenda) -> Vec<Problem> {
    let mut problems = Vec::new();
    time_warnings(agenda, &mut problems);
    items::presenter_warnings(agenda, &mut problems);
    roles::role_warnings(agenda, &mut problems);
    let attendance = &agenda.attendance;
    let named = agenda.participants.len();
    if let Some(head) = attendance.head_count
        && usize::try_from(head).is_ok_and(|head| head < named)
    {
        problems.push(Problem {
            anchor: Anchor::field("head_count", "", 0),
            message: format!(
                "the head count is {head}, fewer than the {named} named {}; it counts everyone \
                 who took part, named or not",
                if named == 1 {
                    "participant"
                } else {
                    "participants"
                }
            ),
        });
    }
    let mut named_countries: Vec<&str> = agenda
        .participants
        .iter()
        .map(|p| p.country.trim())
        .filter(|c| !c.is_empty())
        .collect();
    named_countries.sort_unstable();
    named_countries.dedup();
    if let Some(countries) = attendance.countries
        && usize::try_from(countries).is_ok_and(|n| n < named_countries.len())
    {
        problems.push(Problem {
            anchor: Anchor::field("countries", "", 0),
            message: format!(
                "attendance gives {countries} {}, fewer than the {} the named participants come \
                 from ({})",
                if countries == 1 {
                    "country"
                } else {
                    "countries"
                },
                named_countries.len(),
                named_countries.join(", ")
            ),
        });
    }
    problems
}

/// Reports empty and repeated ids of one kind, and returns the set of ids.
fn unique_ids<'a>(
    ids: impl Iterator<Item = &'a str>,
    what: &str,
    say: &mut impl FnMut(Anchor, String),
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    let mut repeats: Vec<(&str, usize)> = Vec::new();
    for id in ids {
        if id.trim().is_empty() {
            say(
                Anchor::field("id", id, 0),
                format!("a {what} has an empty id"),
            );
        } else if !seen.insert(id) {
            let nth = match repeats.iter_mut().find(|(r, _)| *r == id) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    repeats.push((id, 1));
                    1
                }
            };
            say(
                Anchor::field("id", id, nth),
                format!("{what} id `{id}` is used more than once; each {what} needs its own id"),
            );
        }
    }
    seen
}

/// Reports references to ids that are not defined.
fn known(
    refs: &[String],
    defined: &HashSet<&str>,
    what: &str,
    unknown: &mut HashMap<String, usize>,
    say: &mut impl FnMut(Anchor, String),
) {
    for r in refs {
        if !defined.contains(r.as_str()) {
            let seen = unknown.entry(r.clone()).or_insert(0);
            *seen += 1;
            say(
                Anchor::value(r, *seen - 1),
                format!("`{r}` is not a {what} of this agenda; expected one of its {what} ids"),
            );
        }
    }
}
