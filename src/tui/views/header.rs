//! The header: the meeting, the day and session, the wall clock and the session timer.

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};

use super::{fit, inert};
use crate::core::labels::{run_state_in, run_state_mark};
use crate::core::record::RunState;
use crate::lang::Labels;
use crate::tui::state::App;
use crate::tui::theme;

/// Draws the two header lines.
pub fn render(frame: &mut Frame, area: Rect, app: &App, now: NaiveDateTime) {
    if area.height == 0 {
        return;
    }
    let (record, l) = (app.record(), app.labels());
    let clock = clock(l, now);
    // The title gives way to the clock, cut with an ellipsis two columns before it.
    let room = usize::from(area.width).saturating_sub(fit::width(&clock) + 4);
    let title = Line::from(vec![Span::styled(
        format!(" {}", fit::fit(&inert(&record.plan.title), room)),
        theme::title(),
    )]);
    frame.render_widget(title, area);
    frame.render_widget(
        Line::from(Span::styled(format!("{clock} "), theme::dim())).alignment(Alignment::Right),
        Rect { height: 1, ..area },
    );
    if area.height < 2 {
        return;
    }
    let line = Rect {
        y: area.y + 1,
        height: 1,
        ..area
    };
    let Some(session) = app.current() else {
        frame.render_widget(
            Line::from(format!(" {}", l.label("header-no-sessions"))),
            line,
        );
        return;
    };
    let day = app.current_day();
    let run = record.run(&session.id);
    let planned = session.minutes.map(|m| i64::from(m) * 60);
    let elapsed = run.elapsed_secs(now);
    let (symbol, state) = (run_state_mark(run.state), run_state_in(l, run.state));
    let timer_style = match (run.state, planned) {
        (RunState::Pending | RunState::Skipped, _) => theme::dim(),
        (_, Some(planned)) if elapsed > planned => theme::bad(),
        (_, Some(planned)) if elapsed * 5 > planned * 4 => theme::warn(),
        _ => theme::good(),
    };
    // An open-ended session has no length to count against.
    let of = session
        .minutes
        .map_or_else(|| l.label("length-open"), |m| format!("{m}:00"));
    let timer = format!("{}:{:02} / {of}", elapsed / 60, elapsed % 60);
    let plan = app.day_plan(now);
    let summary_style = match plan.drift_minutes() {
        Some(drift) if drift > 0 => theme::warn(),
        Some(_) => theme::good(),
        None => theme::dim(),
    };
    // The timer and the time plan are what the facilitator looks up for; they keep their
    // place on the right and the session's title takes what is left, shortened if it must.
    let state = if area.width >= 100 {
        format!(" ({state})")
    } else {
        String::new()
    };
    let columns = |s: &str| Span::raw(s).width();
    // Past its time, the session says by how much, and the plan's words are the day's.
    let summary = super::day_summary(l, &plan);
    let (over, summary) = match super::overtime(app, now) {
        Some(seconds) => (
            format!(" {}", super::over_label(l, seconds)),
            format!(
                "· {}",
                l.label_with("screen-day-summary", &[("summary", summary.into())])
            ),
        ),
        None => (String::new(), summary),
    };
    let day = l.label_with("header-day", &[("n", (day + 1).into())]);
    // A session not started has no mark: its "·" beside the separator read as a doubled "· ·".
    let lead = match run.state {
        RunState::Pending => format!(" {day} · "),
        _ => format!(" {day} · {symbol} "),
    };
    let fixed = columns(&lead) + columns(&state) + 2;
    // On a narrow screen the plan gives way before the session's title shrinks past a
    // dozen columns: first the landmark ("; Lunch now at 13:14"), then the plan itself.
    // A working group's session says its track first: where this laptop's notes go.
    let session_title = match &session.track {
        Some(track) => inert(&format!("{track} · {}", session.title)).into_owned(),
        None => inert(&session.title).into_owned(),
    };
    let wanted = Span::raw(session_title.as_str()).width().min(12);
    let summary = [
        summary.clone(),
        // Arabic writes its semicolon "؛".
        summary
            .split([';', '؛'])
            .next()
            .unwrap_or_default()
            .to_owned(),
        String::new(),
    ]
    .into_iter()
    .find(|summary| {
        let right = format!("{timer}{over}  {summary} ");
        usize::from(area.width).saturating_sub(columns(&right) + fixed) >= wanted
    })
    .unwrap_or_default();
    let right = format!("{timer}{over}  {summary} ");
    let room = usize::from(area.width).saturating_sub(columns(&right) + fixed);
    let item = app.current_item().map(|i| inert(&i.title).into_owned());
    let title = titled(&session_title, item.as_deref(), room);
    frame.render_widget(
        Line::from(vec![
            Span::raw(lead),
            Span::styled(title, theme::title()),
            Span::styled(state, theme::dim()),
        ]),
        line,
    );
    frame.render_widget(
        Line::from(vec![
            Span::styled(timer, timer_style),
            Span::styled(over, timer_style),
            Span::raw("  "),
            Span::styled(format!("{summary} "), summary_style),
        ])
        .alignment(Alignment::Right),
        line,
    );
}

/// The wall clock as the header shows it: "Mon 23 Jul  08:55:00", the day and month in `l`'s
/// language.
fn clock(l: &Labels, now: NaiveDateTime) -> String {
    l.label_with(
        "header-clock",
        &[
            ("date", super::short_day(l, now.date()).into()),
            ("time", now.format("%H:%M:%S").to_string().into()),
        ],
    )
}

/// The session's title, and after it the agenda item taken up, in `width` columns: the item
/// is where captures go, so the session's title gives way first (down to a third).
fn titled(session: &str, item: Option<&str>, width: usize) -> String {
    let Some(item) = item else {
        return shorten(session, width);
    };
    let item = format!(" › {item}");
    let columns = |s: &str| Span::raw(s).width();
    let room = width.saturating_sub(columns(&item)).max(width / 3);
    shorten(&format!("{}{item}", shorten(session, room)), width)
}

/// `text` cut to `width` terminal columns (wide characters count two), with an ellipsis
/// when cut.
fn shorten(text: &str, width: usize) -> String {
    let columns = |s: &str| Span::raw(s).width();
    if columns(text) <= width {
        return text.to_owned();
    }
    let mut cut = String::new();
    for c in text.chars() {
        let mut next = cut.clone();
        next.push(c);
        if columns(&next) + 1 > width {
            break;
        }
        cut = next;
    }
    if width > 0 {
        cut.push('…');
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::titled;

    #[test]
    fn the_session_title_gives_way_to_the_item_taken_up() {
        let session = "Reports from the officers and working groups";
        let item = "2019 budget";
        assert_eq!(
            titled(session, Some(item), 80),
            format!("{session} › {item}")
        );
        assert_eq!(
            titled(session, Some(item), 30),
            "Reports from th… › 2019 budget"
        );
        assert_eq!(titled(session, None, 30), "Reports from the officers and…");
        // A long item still leaves the session a third of the room.
        let long = "the auditors' letter on the accounts of 2018";
        assert_eq!(
            titled(session, Some(long), 30),
            "Reports f… › the auditors' le…"
        );
    }
}
