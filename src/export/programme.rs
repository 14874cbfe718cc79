//! The printed programme: an agenda (not a record) as one self-contained, printable HTML page
//! to hand out before the meeting. The meeting's title, place and dates, then each day with its
//! sessions: planned times, lengths, kinds, leads, the proposals each takes, and the items taken
//! in each with their presenters and references; the participant list last.
//!
//! Times are the agenda's and nothing more: a session with no start follows the one before
//! when that one's end is known ([`Day::planned`]); where the agenda does not tell, the page
//! says the time is not known rather than guess one. Under the Chatham House Rule the page
//! names no one, as the minutes do: no leads, no presenters, no participant list. Everything
//! is escaped, and the page fetches nothing (no links out, no scripts, no fonts, no images).

use std::fmt::Write;

use crate::core::agenda::{Agenda, Day, Item, Planned, Session, SessionKind};
use crate::core::labels::person;

use super::html::lines_html;
use super::qr::escape_xml;

// The page's words, in one place so they can move to the label files with the others'.
/// The page's language until the agenda has a `language` field of its own.
const LANGUAGE: &str = "en";
/// What the page is, before the meeting's title in the window's title.
const PROGRAMME: &str = "Programme";
/// The table's column headings.
const TIME: &str = "Time";
const SESSION: &str = "Session";
const LENGTH: &str = "Length";
/// A time or a length the agenda does not give.
const TIME_NOT_KNOWN: &str = "time not known";
const OPEN_ENDED: &str = "open-ended";
const MINUTES: &str = "min";
/// Facts about the meeting and its sessions.
const ORGANISED_BY: &str = "Organised by";
const HOSTED_BY: &str = "Hosted by";
const LED_BY: &str = "Led by";
const PRESENTED_BY: &str = "presented by";
const PROPOSALS: &str = "Proposals";
const REFERENCE: &str = "reference";
const DAY: &str = "Day";
const DAY_STARTS: &str = "starts";
const DAY_ENDS: &str = "ends";
const NO_SESSIONS: &str = "No sessions planned.";
const CHATHAM_HOUSE: &str =
    "Held under the Chatham House Rule: this programme names no speakers and no participants.";
const PARTICIPANTS: &str = "Participants";
const PARTICIPANT_COLUMNS: [&str; 4] = ["Name", "Organisation", "Country", "Role"];

const STYLE: &str = "\
:root{color-scheme:light}\
body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",sans-serif;\
line-height:1.45;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#111;background:#fff}\
h1{font-size:1.9rem;line-height:1.2;margin-bottom:.4rem}\
p.facts{color:#333;margin:.2rem 0}p.rule{font-style:italic}\
h2{margin-top:2.2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}\
p.day{margin:.3rem 0 .6rem;color:#333}\
table{border-collapse:collapse;width:100%;margin:.6rem 0}\
th,td{border-bottom:1px solid #ccc;padding:.4rem .5rem;text-align:left;vertical-align:top}\
th{background:#f2f2f2;font-weight:600}\
td.time{white-space:nowrap;font-variant-numeric:tabular-nums;width:7.5rem}\
td.length{white-space:nowrap;width:5.5rem}\
.unknown{color:#666;font-style:italic}\
h3{font-size:1.05rem;margin:0}\
p.meta{margin:.1rem 0;color:#444;font-size:.92rem}p.what,p.proposals{margin:.25rem 0}\
ul.items{margin:.3rem 0 .1rem;padding-left:1.2rem}\
tr.break td{background:#f7f7f7;color:#444}\
@page{margin:15mm}\
@media print{body{max-width:none;margin:0;padding:0;font-size:10.5pt}\
h2{break-after:avoid}tr{break-inside:avoid}th{background:none}tr.break td{background:none}}";

/// The programme of `agenda` as a complete HTML document.
pub fn programme_html(agenda: &Agenda) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{LANGUAGE}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{PROGRAMME}: {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        escape_xml(&agenda.title)
    );
    header(&mut out, agenda);
    for (n, day) in agenda.days.iter().enumerate() {
        day_html(&mut out, agenda, n + 1, day);
    }
    if !agenda.chatham_house && !agenda.participants.is_empty() {
        participants(&mut out, agenda);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    super::inert(&out)
}

/// The meeting's title, place and dates, who organises and hosts it, and why it meets.
fn header(out: &mut String, agenda: &Agenda) {
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", escape_xml(&agenda.title));
    let dates = date_range(agenda);
    let place_and_dates: Vec<&str> = [agenda.place.trim(), dates.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if !place_and_dates.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"facts\">{}</p>",
            escape_xml(&place_and_dates.join(" · "))
        );
    }
    for (label, names) in [
        (ORGANISED_BY, &agenda.organisers),
        (HOSTED_BY, &agenda.hosts),
    ] {
        if !names.is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"facts\">{label} {}</p>",
                escape_xml(&names.join("; "))
            );
        }
    }
    if !agenda.objective.trim().is_empty() {
        let _ = writeln!(out, "<p>{}</p>", lines_html(&agenda.objective));
    }
    if agenda.chatham_house {
        let _ = writeln!(out, "<p class=\"rule\">{CHATHAM_HOUSE}</p>");
    }
    out.push_str("</header>\n");
}

/// "22–25 July 2018", or one date; empty without days. In English, as the programme's other
/// labels still are.
fn date_range(agenda: &Agenda) -> String {
    let labels = crate::lang::Language::English.labels();
    match (agenda.days.first(), agenda.days.last()) {
        (Some(first), Some(last)) => labels.date_span(first.date, last.date),
        _ => String::new(),
    }
}

/// One day: its heading, what it is, and its sessions as a table.
fn day_html(out: &mut String, agenda: &Agenda, number: usize, day: &Day) {
    let title = match day.title.trim() {
        "" => String::new(),
        title => format!(": {}", escape_xml(title)),
    };
    let _ = writeln!(
        out,
        "<section class=\"day\">\n<h2>{DAY} {number} · {}{title}</h2>",
        escape_xml(&super::common::long_date(
            crate::lang::Language::English.labels(),
            day.date
        ))
    );
    let bounds: Vec<String> = [(DAY_STARTS, day.start), (DAY_ENDS, day.end)]
        .into_iter()
        .filter_map(|(label, t)| t.map(|t| format!("{label} {}", t.format("%H:%M"))))
        .collect();
    let mut about: Vec<String> = Vec::new();
    if !day.description.trim().is_empty() {
        about.push(lines_html(&day.description));
    }
    if !bounds.is_empty() {
        about.push(capitalised(&bounds.join(", ")));
    }
    if !about.is_empty() {
        let _ = writeln!(out, "<p class=\"day\">{}</p>", about.join(". "));
    }
    if day.sessions.is_empty() {
        let _ = writeln!(out, "<p class=\"day\">{NO_SESSIONS}</p>\n</section>");
        return;
    }
    let _ = writeln!(
        out,
        "<table>\n<thead><tr><th scope=\"col\">{TIME}</th><th scope=\"col\">{SESSION}</th>\
         <th scope=\"col\">{LENGTH}</th></tr></thead>\n<tbody>"
    );
    for (session, planned) in day.sessions.iter().zip(day.planned()) {
        session_row(out, agenda, session, planned);
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

/// One session as a row: when, what (title, kind, leads, description, items), how long.
fn session_row(out: &mut String, agenda: &Agenda, session: &Session, planned: Planned) {
    let class = if session.kind == SessionKind::Break {
        " class=\"break\""
    } else {
        ""
    };
    let _ = write!(
        out,
        "<tr id=\"session-{}\"{class}><td class=\"time\">{}</td><td><h3>{}</h3>",
        escape_xml(&session.id),
        time_html(planned),
        escape_xml(&session.title)
    );
    let mut meta = capitalised(session.kind.label());
    if !agenda.chatham_house && !session.leads.is_empty() {
        let leads: Vec<&str> = session.leads.iter().map(|l| person(agenda, l)).collect();
        let _ = write!(meta, " · {LED_BY} {}", escape_xml(&leads.join(", ")));
    }
    let _ = write!(out, "<p class=\"meta\">{meta}</p>");
    if !session.description.trim().is_empty() {
        let _ = write!(
            out,
            "<p class=\"what\">{}</p>",
            lines_html(&session.description)
        );
    }
    if let Some(proposals) = proposals_html(agenda, session) {
        let _ = write!(out, "<p class=\"proposals\">{PROPOSALS}: {proposals}</p>");
    }
    if !session.items.is_empty() {
        out.push_str("<ul class=\"items\">");
        for item in &session.items {
            let _ = write!(out, "<li>{}</li>", item_html(agenda, item));
        }
        out.push_str("</ul>");
    }
    let length = session.minutes.map_or_else(
        || format!("<span class=\"unknown\">{OPEN_ENDED}</span>"),
        |m| format!("{m} {MINUTES}"),
    );
    let _ = writeln!(out, "</td><td class=\"length\">{length}</td></tr>");
}

/// A session's planned time: "09:00–10:30", "09:00" when its length is not known, or "time
/// not known" when its start is not (set apart, so no one reads it as a time).
fn time_html(planned: Planned) -> String {
    let hm = |t: chrono::NaiveTime| t.format("%H:%M").to_string();
    match (planned.start_time(), planned.end_time()) {
        (Some(start), Some(end)) => format!("{}–{}", hm(start), hm(end)),
        (Some(start), None) => hm(start),
        (None, _) => format!("<span class=\"unknown\">{TIME_NOT_KNOWN}</span>"),
    }
}

/// The proposals a session takes, by title, "; " between them; in the session that presents
/// them (a proposals session), with who presents each, outside Chatham House. `None` when the
/// session names none the agenda holds.
fn proposals_html(agenda: &Agenda, session: &Session) -> Option<String> {
    let named = !agenda.chatham_house && session.kind == SessionKind::Proposals;
    let proposals: Vec<String> = session
        .proposals
        .iter()
        .filter_map(|id| agenda.proposals.iter().find(|p| &p.id == id))
        .map(|p| {
            let presenters: Vec<&str> =
                p.presenters.iter().map(|who| person(agenda, who)).collect();
            if presenters.is_empty() || !named {
                escape_xml(&p.title)
            } else {
                format!(
                    "{} <span class=\"meta\">({PRESENTED_BY} {})</span>",
                    escape_xml(&p.title),
                    escape_xml(&presenters.join(", "))
                )
            }
        })
        .collect();
    (!proposals.is_empty()).then(|| proposals.join("; "))
}

/// An item in a session: its title, who presents it (outside Chatham House) and what it refers
/// to. A reference is printed as text, never a link: the page fetches and points nowhere.
fn item_html(agenda: &Agenda, item: &Item) -> String {
    let mut out = escape_xml(&item.title);
    if !agenda.chatham_house && !item.presenters.is_empty() {
        let presenters: Vec<&str> = item.presenters.iter().map(|p| person(agenda, p)).collect();
        let _ = write!(
            out,
            " <span class=\"meta\">— {PRESENTED_BY} {}</span>",
            escape_xml(&presenters.join(", "))
        );
    }
    if let Some(reference) = item.reference.as_deref().filter(|r| !r.trim().is_empty()) {
        let _ = write!(
            out,
            " <span class=\"meta\">({REFERENCE}: {})</span>",
            escape_xml(reference.trim())
        );
    }
    out
}

/// The participant list, for a meeting that may name its participants.
fn participants(out: &mut String, agenda: &Agenda) {
    let _ = writeln!(
        out,
        "<section class=\"participants\">\n<h2>{PARTICIPANTS}</h2>\n<table>\n<thead><tr>{}</tr>\
         </thead>\n<tbody>",
        PARTICIPANT_COLUMNS
            .map(|c| format!("<th scope=\"col\">{c}</th>"))
            .concat()
    );
    for p in &agenda.participants {
        let _ = writeln!(
            out,
            "<tr>{}</tr>",
            [&p.name, &p.organisation, &p.country, &p.role]
                .map(|cell| format!("<td>{}</td>", escape_xml(cell)))
                .concat()
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

/// "Talk" from "talk": a label at the start of a line.
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
