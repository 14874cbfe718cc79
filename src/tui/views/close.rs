//! The meeting's close: what a meeting that is over opens on, on the laptop and on the wall.
//! What was decided, when it was held, and the first outcome code when the screen holds it,
//! instead of a timer that would count a session that ended years ago.

use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::{Alignment, Margin, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use tui_big_text::{BigText, PixelSize};

use super::qr::{Cells, modules};
use super::{fit, inert};
use crate::core::labels;
use crate::core::record::{Decision, Record};
use crate::lang::Labels;
use crate::tui::state::App;
use crate::tui::theme;

/// Columns the decisions keep beside a code; with fewer the code gives way.
const DECISIONS_WIDTH: u16 = 40;

/// Draws the close over the whole of `area`.
pub(crate) fn render(frame: &mut Frame, area: Rect, app: &App) {
    let area = if area.width > 8 && area.height > 4 {
        area.inner(Margin::new(2, 1))
    } else {
        area
    };
    let record = app.record();
    let title = inert(&record.plan.title).into_owned();
    let big = area.height >= 24
        && title.chars().all(|c| (c as u32) < 0x100)
        && fit::width(&title) * 4 <= usize::from(area.width);
    let mut y = area.y;
    if big {
        let text = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(theme::title())
            .lines(vec![Line::from(title)])
            .build();
        frame.render_widget(text, Rect { height: 4, ..area });
        y += 5;
    } else {
        let line = Line::styled(fit::fit(&title, usize::from(area.width)), theme::title());
        frame.render_widget(line, Rect { height: 1, ..area });
        y += 2;
    }
    let line = Line::styled(
        fit::fit(&over(app), usize::from(area.width)),
        theme::good().add_modifier(Modifier::BOLD),
    );
    frame.render_widget(line, Rect::new(area.x, y, area.width, 1));
    y += 2;
    // The laptop says how to go on; the wall shows no keys.
    let hint_rows = u16::from(!app.ui.projector);
    let body = Rect::new(
        area.x,
        y,
        area.width,
        (area.y + area.height).saturating_sub(y + hint_rows),
    );
    let decisions = code(frame, body, app);
    self::decisions(frame, decisions, app.labels(), record);
    if !app.ui.projector {
        let hint = app.labels().label("close-keys");
        let rect = Rect::new(area.x, area.y + area.height - 1, area.width, 1);
        frame.render_widget(Line::styled(hint, theme::dim()), rect);
    }
}

/// "The meeting is over · held 22–25 Jul 2018 · it ended with Closing and next steps".
fn over(app: &App) -> String {
    let (record, l) = (app.record(), app.labels());
    let runs = record.runs.values();
    let first = runs.clone().filter_map(|r| r.started).min();
    let last = runs.filter_map(|r| r.ended).max();
    let dates = match (first.map(|a| a.date()), last.map(|b| b.date())) {
        (Some(a), Some(b)) if a == b => Some(l.date_short(a)),
        (Some(a), Some(b)) if (a.year(), a.month()) == (b.year(), b.month()) => {
            Some(format!("{}–{}", a.day(), l.date_short(b)))
        }
        (Some(a), Some(b)) => Some(format!("{} – {}", l.date_short(a), l.date_short(b))),
        _ => None,
    };
    let held = dates.map_or(String::new(), |dates| {
        format!(
            " · {}",
            l.label_with("close-held", &[("dates", dates.into())])
        )
    });
    let ended = crate::core::timing::closed_on(record).map_or(String::new(), |s| {
        let title = inert(&s.title);
        format!(
            " · {}",
            l.label_with("close-ended-with", &[("title", title.into())])
        )
    });
    format!("{}{held}{ended}", l.label("close-over"))
}

/// Draws the whole meeting's first outcome code at the right of `body` when it fits beside
/// the decisions, and gives back where the decisions go.
fn code(frame: &mut Frame, body: Rect, app: &App) -> Rect {
    let outcomes = app.outcomes(None);
    let Some(encoded) = outcomes.code(0) else {
        return body;
    };
    let Ok(matrix) = encoded.as_ref() else {
        return body;
    };
    let room = body.width.saturating_sub(DECISIONS_WIDTH + 2);
    let Some(cells) = Cells::fitting(matrix, room, body.height.saturating_sub(1)) else {
        return body;
    };
    let (width, _) = cells.size(matrix);
    let x = body.x + body.width - width;
    let count = outcomes.count();
    let label = if app.ui.projector || count < 2 {
        format!("{} 1/{count}", outcomes.label)
    } else {
        format!(
            "{} 1/{count} · {}",
            outcomes.label,
            app.labels().label("close-others")
        )
    };
    let label = Line::styled(fit::fit(&label, usize::from(width)), theme::title())
        .alignment(Alignment::Center);
    frame.render_widget(label, Rect::new(x, body.y, width, 1));
    modules(frame.buffer_mut(), (x, body.y + 1), matrix, cells);
    Rect {
        width: body.width - width - 2,
        ..body
    }
}

/// What was decided: each proposal the meeting decided on, then each resolution, with its
/// status (and for a resolution how it was decided), wrapped.
fn decisions(frame: &mut Frame, area: Rect, l: &Labels, record: &Record) {
    let room = usize::from(area.width);
    let proposals = record
        .proposals
        .iter()
        .filter(|p| p.decision != Decision::Open)
        .map(|p| {
            let (status, how) = decided(l, record, &p.decision);
            (status.to_uppercase(), format!("{}{how}", inert(&p.title)))
        });
    let resolutions = record.resolutions.iter().map(|r| {
        let method =
            labels::method_short(l, &r.method).map_or(String::new(), |m| format!(" ({m})"));
        (
            labels::status_in(l, r.status).to_uppercase(),
            format!("{}{method}", inert(&r.text)),
        )
    });
    let decided: Vec<(String, String)> = proposals.chain(resolutions).collect();
    let indent = decided
        .iter()
        .map(|(status, _)| fit::width(status))
        .max()
        .unwrap_or(0)
        + 2;
    let mut lines = vec![Line::styled(l.label("close-decided"), theme::title())];
    if decided.is_empty() {
        lines.push(Line::styled(l.label("close-nothing-decided"), theme::dim()));
    }
    for (status, text) in decided {
        lines.push(Line::raw(""));
        for (i, line) in fit::wrap(&text, room.saturating_sub(indent), 4)
            .into_iter()
            .enumerate()
        {
            let head = if i == 0 { status.as_str() } else { "" };
            lines.push(Line::from(vec![
                Span::styled(fit::pad(head, indent), theme::good()),
                Span::raw(line),
            ]));
        }
    }
    for (y, line) in (0..area.height).zip(lines) {
        frame.render_widget(line, Rect::new(area.x, area.y + y, area.width, 1));
    }
}

/// A proposal's decision as the close lists it: the word, and after it what it says more, in
/// brackets: ("selected", ""), ("merged", " (→ A pilot)"), ("parked", " (continues as …)").
fn decided(l: &Labels, record: &Record, decision: &Decision) -> (String, String) {
    match decision {
        Decision::Open => (l.label("decision-short-open"), String::new()),
        Decision::Selected => (l.label("decision-selected"), String::new()),
        Decision::SelectedAs(words) => (l.label("decision-selected"), format!(" ({words})")),
        Decision::SelectedOption(option) => {
            let title = record
                .proposals
                .iter()
                .find(|p| p.decision == *decision)
                .and_then(|p| record.options_of(p).iter().find(|o| o.id == *option))
                .map(|o| format!(" — {}", o.title))
                .unwrap_or_default();
            (l.label("decision-selected"), format!(" ({option}{title})"))
        }
        Decision::MergedInto(into) => (
            l.label("decision-merged"),
            format!(
                " (→ {})",
                record.proposal(*into).map_or("?", |p| p.title.as_str())
            ),
        ),
        Decision::Parked(why) => (l.label("decision-parked"), format!(" ({why})")),
    }
}
