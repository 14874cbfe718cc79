//! The Speakers tab: who has the floor and for how long, the queue of raised hands, and
//! speaking time so far as a chart by person, organisation, region or gender.

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{inert, row_style};
use crate::core::speakers::{Grouping, NOT_GIVEN, speaking_time};
use crate::tui::layout::scroll_offset;
use crate::tui::state::App;
use crate::tui::theme;

/// `seconds` as m:ss.
pub fn clock(seconds: i64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

use crate::core::labels::person_with_organisation as who;

/// The lines of the queue and the chart, shared with the projector view.
pub fn lines(
    app: &App,
    now: NaiveDateTime,
    width: u16,
    selected: Option<usize>,
) -> Vec<Line<'static>> {
    let (record, l) = (app.record(), app.labels());
    let speakers = &record.speakers;
    let plan = &record.plan;
    let mut lines = Vec::new();
    match &speakers.floor {
        Some((speaker, since)) => lines.push(Line::from(vec![
            Span::styled(format!(" {}  ", l.label("speakers-speaking")), theme::dim()),
            Span::styled(inert(&who(plan, speaker)).into_owned(), theme::title()),
            Span::styled(
                format!("  {}", clock((now - *since).num_seconds().max(0))),
                theme::good(),
            ),
        ])),
        None => lines.push(Line::styled(
            format!(" {}", l.label("speakers-nobody")),
            theme::dim(),
        )),
    }
    let order = l.label(if speakers.progressive {
        "speakers-progressive"
    } else {
        "speakers-in-order"
    });
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled(
            format!(
                " {}",
                l.label_with("speakers-queue", &[("n", speakers.queue.len().into())])
            ),
            theme::title(),
        ),
        Span::styled(format!("  {order}"), theme::dim()),
    ]));
    let next = speakers.next_up(now);
    let spoken = speakers.seconds_by_speaker(now);
    for (i, speaker) in speakers.in_order(now).into_iter().enumerate() {
        let mark = if Some(speaker) == next { "▶" } else { " " };
        let so_far = spoken.get(speaker).map_or(String::new(), |s| {
            let spoke = l.label_with("speakers-spoke", &[("time", clock(*s).into())]);
            format!("  {spoke}")
        });
        lines.push(
            Line::from(vec![
                Span::styled(format!(" {mark} {}. ", i + 1), theme::accent()),
                Span::raw(inert(&who(plan, speaker)).into_owned()),
                Span::styled(so_far, theme::dim()),
            ])
            .style(row_style(Some(i) == selected)),
        );
    }
    if speakers.queue.is_empty() {
        let hint = l.label(if app.ui.projector {
            "speakers-no-hands"
        } else {
            "speakers-no-hands-how"
        });
        lines.push(Line::styled(format!("   {hint}"), theme::dim()));
    }
    let rows = speaking_time(speakers, plan, app.ui.speakers.grouping, now);
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!(
            " {}",
            l.label(match app.ui.speakers.grouping {
                Grouping::Person => "speakers-time-by-person",
                Grouping::Organisation => "speakers-time-by-organisation",
                Grouping::Region => "speakers-time-by-region",
                Grouping::Gender => "speakers-time-by-gender",
            })
        ),
        theme::title(),
    ));
    // Shares of the time the floor was held: someone of two organisations counts under both,
    // so the rows may add up to more.
    let total: i64 = speakers.seconds_by_speaker(now).values().sum();
    let max = rows.first().map_or(1, |(_, s)| (*s).max(1));
    let label_width = 20.min(usize::from(width) / 3);
    let bar_room = usize::from(width).saturating_sub(label_width + 18);
    let grouping = app.ui.speakers.grouping;
    for (name, seconds) in &rows {
        let share = if total > 0 { seconds * 100 / total } else { 0 };
        // A person's name is a name; a group no field names is said in the meeting's words.
        let name = match grouping {
            Grouping::Person => inert(name).into_owned(),
            _ if name == NOT_GIVEN => l.label("speakers-not-given"),
            _ => inert(name).into_owned(),
        };
        let label: String = name.chars().take(label_width).collect();
        lines.push(Line::from(vec![
            Span::raw(format!(" {} ", super::fit::pad(&label, label_width))),
            Span::styled(
                "█".repeat(bar_room * *seconds as usize / max as usize),
                theme::accent(),
            ),
            Span::raw(format!(" {} {share}%", clock(*seconds))),
        ]));
    }
    if rows.is_empty() {
        lines.push(Line::styled(
            format!("   {}", l.label("speakers-none-spoke")),
            theme::dim(),
        ));
    }
    lines
}

/// Draws the tab.
pub fn render(frame: &mut Frame, area: Rect, app: &App, now: NaiveDateTime) {
    let queue = app.record().speakers.queue.len();
    let selected = app.ui.speakers.hand.get(queue);
    let lines = lines(app, now, area.width, (queue > 0).then_some(selected));
    // The queue starts on the fourth line; keep the selected hand in view.
    let offset = scroll_offset(selected + 3, lines.len(), usize::from(area.height));
    for (i, line) in lines
        .into_iter()
        .skip(offset)
        .take(usize::from(area.height))
        .enumerate()
    {
        frame.render_widget(
            line,
            Rect {
                y: area.y + i as u16,
                height: 1,
                ..area
            },
        );
    }
}
