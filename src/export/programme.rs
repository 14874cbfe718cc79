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
use crate::core::labels::{kinds_in, person};
use crate::lang::{Arg, Labels, Language};

use super::html::lines_html;
use super::minutes::day_hours;
use super::qr::escape_xml;

const STYLE: &str = "\
:root{color-scheme:light}\
body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",sans-serif;\
line-height:1.45;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#111;background:#fff}\
h1{font-size:1.9rem;line-height:1.2;margin-bottom:.4rem}\
p.facts{color:#333;margin:.2rem 0}p.rule{font-style:italic}\
h2{margin-top:2.2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}\
p.day{margin:.3rem 0 .6rem;color:#333}\
table{border-collapse:collapse;width:100%;margin:.6rem 0}\
th,td{border-bottom:1px solid #ccc;padding:.4rem .5rem;text-align:start;vertical-align:top}\
th{background:#f2f2f2;font-weight:600}\
td.time{white-space:nowrap;font-variant-numeric:tabular-nums;width:7.5rem}\
td.length{white-space:nowrap;width:5.5rem}\
.unknown{color:#666;font-style:italic}\
h3{font-size:1.05rem;margin:0}\
p.meta{margin:.1rem 0;color:#444;font-size:.92rem}p.what,p.proposals{margin:.25rem 0}\
ul.items{margin:.3rem 0 .1rem;padding-inline-start:1.2rem}\
tr.break td{background:#f7f7f7;color:#444}\
@page{margin:15mm}\
@media print{body{max-width:none;margin:0;padding:0;font-size:10.5pt}\
h2{break-after:avoid}tr{break-inside:avoid}th{background:none}tr.break td{background:none}}";

/// The programme of `agenda` as a complete HTML document, in `language`, else the agenda's
/// own language (English when it names none).
pub fn programme_html(agenda: &Agenda, language: Option<Language>) -> String {
    let l = language.or(agenda.language).unwrap_or_default().labels();
    let code = l.language().code();
    // Right to left only where the language is; a left-to-right page needs no `dir`.
    let dir = if l.language().is_rtl() {
        " dir=\"rtl\""
    } else {
        ""
    };
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{code}\"{dir}>\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        escape_xml(&l.label_with(
            "programme-title",
            &[("title", agenda.title.as_str().into())]
        ))
    );
    header(&mut out, l, agenda);
    for (n, day) in agenda.days.iter().enumerate() {
        day_html(&mut out, l, agenda, n + 1, day);
    }
    if !agenda.chatham_house && !agenda.participants.is_empty() {
        participants(&mut out, l, agenda);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    super::inert(&out)
}

/// An argument of [`label_html`]: a number (which may choose a plural form), words of plenary's
/// own (a date), or text from the agenda, which is set apart in a `<bdi>` so that a title in
/// one script keeps its own direction in a sentence of another.
enum Part<'a> {
    Number(usize),
    Ours(String),
    Theirs(&'a str),
}

/// Label `id` as HTML: its words and every argument escaped, the agenda's text isolated.
fn label_html(l: &Labels, id: &str, args: &[(&str, Part<'_>)]) -> String {
    // Text arguments go through Fluent as private-use markers, so that the label's own words can
    // be escaped whole and each argument put in after, escaped and isolated as it needs.
    let marker = |n: usize| format!("\u{e000}{n}\u{e001}");
    let fluent: Vec<(&str, Arg<'_>)> = args
        .iter()
        .enumerate()
        .map(|(n, (name, part))| match part {
            Part::Number(value) => (*name, (*value).into()),
            Part::Ours(_) | Part::Theirs(_) => (*name, marker(n).into()),
        })
        .collect();
    let mut out = escape_xml(&l.label_with(id, &fluent));
    for (n, (_, part)) in args.iter().enumerate() {
        let html = match part {
            Part::Number(_) => continue,
            Part::Ours(text) => escape_xml(text),
            Part::Theirs(text) => isolated(text),
        };
        out = out.replace(&marker(n), &html);
    }
    out
}

/// The meeting's title, place and dates, who organises and hosts it, and why it meets.
fn header(out: &mut String, l: &Labels, agenda: &Agenda) {
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", isolated(&agenda.title));
    let dates = match (agenda.days.first(), agenda.days.last()) {
        (Some(first), Some(last)) => l.date_span(first.date, last.date),
        _ => String::new(),
    };
    let place = agenda.place.trim();
    let place_and_dates: Vec<String> = [
        (!place.is_empty()).then(|| isolated(place)),
        (!dates.is_empty()).then(|| escape_xml(&dates)),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !place_and_dates.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"facts\">{}</p>",
            place_and_dates.join(" · ")
        );
    }
    for (id, names) in [
        ("programme-organised-by", &agenda.organisers),
        ("programme-hosted-by", &agenda.hosts),
    ] {
        if !names.is_empty() {
            let names = l.semicolon_list(names);
            let _ = writeln!(
                out,
                "<p class=\"facts\">{}</p>",
                label_html(l, id, &[("names", Part::Theirs(&names))])
            );
        }
    }
    if !agenda.objective.trim().is_empty() {
        let _ = writeln!(out, "<p><bdi>{}</bdi></p>", lines_html(&agenda.objective));
    }
    if agenda.chatham_house {
        let _ = writeln!(
            out,
            "<p class=\"rule\">{}</p>",
            escape_xml(&l.label("programme-chatham-house"))
        );
    }
    out.push_str("</header>\n");
}

/// One day: its heading, its planned hours, what it is, and its sessions as a table.
fn day_html(out: &mut String, l: &Labels, agenda: &Agenda, number: usize, day: &Day) {
    let date = Part::Ours(l.long_date(day.date));
    let heading = match day.title.trim() {
        "" => label_html(
            l,
            "heading-day",
            &[("n", Part::Number(number)), ("date", date)],
        ),
        title => label_html(
            l,
            "heading-day-titled",
            &[
                ("n", Part::Number(number)),
                ("date", date),
                ("title", Part::Theirs(title)),
            ],
        ),
    };
    let _ = writeln!(out, "<section class=\"day\">\n<h2>{heading}</h2>");
    if let Some(hours) = day_hours(l, day) {
        let _ = writeln!(out, "<p class=\"day\">{}</p>", escape_xml(&hours));
    }
    if !day.description.trim().is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"day\"><bdi>{}</bdi></p>",
            lines_html(&day.description)
        );
    }
    if day.sessions.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"day\">{}</p>\n</section>",
            escape_xml(&l.label("programme-no-sessions"))
        );
        return;
    }
    let column = |id: &str| format!("<th scope=\"col\">{}</th>", escape_xml(&l.label(id)));
    let _ = writeln!(
        out,
        "<table>\n<thead><tr>{}{}{}</tr></thead>\n<tbody>",
        column("programme-time"),
        column("programme-session"),
        column("programme-length")
    );
    for (session, planned) in day.sessions.iter().zip(day.planned()) {
        session_row(out, l, agenda, session, planned);
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

/// One session as a row: when, what (title, kind, leads, description, items), how long.
fn session_row(out: &mut String, l: &Labels, agenda: &Agenda, session: &Session, planned: Planned) {
    let class = if session.kind == SessionKind::Break {
        " class=\"break\""
    } else {
        ""
    };
    let _ = write!(
        out,
        "<tr id=\"session-{}\"{class}><td class=\"time\">{}</td><td><h3>{}</h3>",
        escape_xml(&session.id),
        time_html(l, planned),
        isolated(&session.title)
    );
    let mut meta = escape_xml(&capitalised(&kinds_in(l, session)));
    let placed = [
        ("programme-track", "track", &session.track),
        ("programme-room", "room", &session.room),
    ];
    for (id, arg, name) in placed {
        if let Some(name) = name {
            let name = name.trim();
            let _ = write!(
                meta,
                " · {}",
                label_html(l, id, &[(arg, Part::Theirs(name))])
            );
        }
    }
    if !agenda.chatham_house && !session.leads.is_empty() {
        let leads: Vec<&str> = session
            .leads
            .iter()
            .map(|who| person(agenda, who))
            .collect();
        let leads = l.comma_list(&leads);
        let _ = write!(
            meta,
            " · {}",
            label_html(l, "programme-led-by", &[("leads", Part::Theirs(&leads))])
        );
    }
    if !agenda.chatham_house {
        for r in &session.roles {
            let who: Vec<&str> = r.who.iter().map(|w| person(agenda, w)).collect();
            let (role, who) = (capitalised(r.role.trim()), l.comma_list(&who));
            let _ = write!(
                meta,
                " · {}",
                label_html(
                    l,
                    "programme-role",
                    &[("role", Part::Theirs(&role)), ("who", Part::Theirs(&who))]
                )
            );
        }
    }
    let _ = write!(out, "<p class=\"meta\">{meta}</p>");
    if !session.description.trim().is_empty() {
        let _ = write!(
            out,
            "<p class=\"what\"><bdi>{}</bdi></p>",
            lines_html(&session.description)
        );
    }
    if let Some(proposals) = proposals_html(l, agenda, session) {
        let _ = write!(
            out,
            "<p class=\"proposals\">{}{}{proposals}</p>",
            escape_xml(&l.label("heading-proposals")),
            escape_xml(&l.label("separator-colon"))
        );
    }
    if !session.items.is_empty() {
        out.push_str("<ul class=\"items\">");
        for item in &session.items {
            let _ = write!(out, "<li>{}</li>", item_html(l, agenda, item));
        }
        out.push_str("</ul>");
    }
    let length = session.minutes.map_or_else(
        || {
            format!(
                "<span class=\"unknown\">{}</span>",
                escape_xml(&l.label("length-open"))
            )
        },
        |m| escape_xml(&l.label_with("length-minutes", &[("minutes", m.into())])),
    );
    let _ = writeln!(out, "</td><td class=\"length\">{length}</td></tr>");
}

/// A session's planned time: "09:00–10:30", "09:00" when its length is not known, or "time
/// not known" when its start is not (set apart, so no one reads it as a time).
fn time_html(l: &Labels, planned: Planned) -> String {
    match (planned.start_time(), planned.end_time()) {
        (Some(start), Some(end)) => escape_xml(&format!("{}–{}", l.time(start), l.time(end))),
        (Some(start), None) => escape_xml(&l.time(start)),
        (None, _) => format!(
            "<span class=\"unknown\">{}</span>",
            escape_xml(&l.label("programme-time-not-known"))
        ),
    }
}

/// The proposals a session takes, by title, separated as a list whose items hold commas; in the
/// session that presents them (a proposals session), with who presents each, outside Chatham
/// House. `None` when the session names none the agenda holds.
fn proposals_html(l: &Labels, agenda: &Agenda, session: &Session) -> Option<String> {
    let named = !agenda.chatham_house && session.is(SessionKind::Proposals);
    let proposals: Vec<String> = session
        .proposals
        .iter()
        .filter_map(|id| agenda.proposals.iter().find(|p| &p.id == id))
        .map(|p| {
            let presenters: Vec<&str> =
                p.presenters.iter().map(|who| person(agenda, who)).collect();
            let title = isolated(&p.title);
            if presenters.is_empty() || !named {
                title
            } else {
                let who = l.comma_list(&presenters);
                format!(
                    "{title} <span class=\"meta\">({})</span>",
                    label_html(l, "programme-presented-by", &[("who", Part::Theirs(&who))])
                )
            }
        })
        .collect();
    (!proposals.is_empty()).then(|| l.semicolon_list(&proposals))
}

/// An item in a session: its title, who presents it (outside Chatham House) and what it refers
/// to. A reference is printed as text, never a link: the page fetches and points nowhere.
fn item_html(l: &Labels, agenda: &Agenda, item: &Item) -> String {
    let mut out = isolated(&item.title);
    if !agenda.chatham_house && !item.presenters.is_empty() {
        let presenters: Vec<&str> = item.presenters.iter().map(|p| person(agenda, p)).collect();
        let who = l.comma_list(&presenters);
        let _ = write!(
            out,
            " <span class=\"meta\">— {}</span>",
            label_html(l, "programme-presented-by", &[("who", Part::Theirs(&who))])
        );
    }
    if let Some(reference) = item.reference.as_deref().filter(|r| !r.trim().is_empty()) {
        let _ = write!(
            out,
            " <span class=\"meta\">({})</span>",
            label_html(
                l,
                "programme-reference",
                &[("reference", Part::Theirs(reference.trim()))]
            )
        );
    }
    out
}

/// The participant list, for a meeting that may name its participants.
fn participants(out: &mut String, l: &Labels, agenda: &Agenda) {
    let columns: String = [
        "column-name",
        super::common::organisation_column(agenda),
        "column-country",
        "column-role",
    ]
    .map(|id| format!("<th scope=\"col\">{}</th>", escape_xml(&l.label(id))))
    .concat();
    let _ = writeln!(
        out,
        "<section class=\"participants\">\n<h2>{}</h2>\n<table>\n<thead><tr>{columns}</tr>\
         </thead>\n<tbody>",
        escape_xml(&l.label("heading-participants"))
    );
    for p in &agenda.participants {
        let _ = writeln!(
            out,
            "<tr>{}</tr>",
            [
                &p.name,
                &l.semicolon_list(&p.represents()),
                &p.country,
                &p.role
            ]
            .map(|cell| format!("<td>{}</td>", escape_xml(cell)))
            .concat()
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

/// Text from the agenda, escaped and set apart in a `<bdi>`: in a page of one direction, a title
/// or a paragraph written in the other keeps its own order, its full stop or question mark at
/// its end.
fn isolated(text: &str) -> String {
    format!("<bdi>{}</bdi>", escape_xml(text))
}

/// "Talk" from "talk": a label at the start of a line.
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
