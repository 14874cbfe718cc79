//! The Resolutions tab: each resolution with its status and method, the selected one in full.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::{fit, inert, row_style};
use crate::core::labels::{self, method_row, status_in};
use crate::core::record::{Record, Resolution, ResolutionStatus};
use crate::lang::Labels;
use crate::tui::layout::scroll_offset;
use crate::tui::state::App;
use crate::tui::theme;

/// Draws the list of resolutions and the details of the selected one.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let (record, l) = (app.record(), app.labels());
    if record.resolutions.is_empty() {
        frame.render_widget(
            Line::styled(format!("  {}", l.label("resolutions-none")), theme::dim()),
            area,
        );
        return;
    }
    let detail_rows = if area.height > 12 && area.width >= crate::tui::layout::MIN_WRAP_WIDTH {
        6
    } else {
        0
    };
    let list_rows = usize::from(area.height - detail_rows);
    let selected = app.ui.resolutions.get(record.resolutions.len());
    let offset = scroll_offset(selected, record.resolutions.len(), list_rows);
    for (i, r) in record
        .resolutions
        .iter()
        .enumerate()
        .skip(offset)
        .take(list_rows)
    {
        let status_style = match r.status {
            ResolutionStatus::Adopted => theme::good(),
            ResolutionStatus::Rejected => theme::bad(),
            ResolutionStatus::Deferred => theme::warn(),
            ResolutionStatus::Proposed => theme::accent(),
        };
        let line = resolution_row(l, record, r, status_style, usize::from(area.width))
            .style(row_style(i == selected));
        frame.render_widget(
            line,
            Rect {
                y: area.y + (i - offset) as u16,
                height: 1,
                ..area
            },
        );
    }
    if detail_rows == 0 {
        return;
    }
    let r = &record.resolutions[selected];
    let proposal = r.proposal.and_then(|p| record.proposal(p)).map_or_else(
        || l.label("resolution-row-none"),
        |p| inert(&p.title).into_owned(),
    );
    let actions: Vec<String> = r
        .actions
        .iter()
        .filter_map(|a| record.action(*a))
        .map(|a| inert(&a.text).into_owned())
        .collect();
    let session = record
        .plan
        .session(&r.session)
        .map_or(r.session.as_str(), |s| s.title.as_str());
    let (method_label, method) = method_row(l, &r.method);
    let actions = if actions.is_empty() {
        l.label("resolution-row-none")
    } else {
        l.semicolon_list(&actions)
    };
    let session = l.label_with(
        "resolution-row-session-at",
        &[
            ("session", inert(session).into()),
            ("time", r.at.format("%H:%M").to_string().into()),
        ],
    );
    let rows = [
        (method_label, method),
        (l.label("resolution-row-settles"), proposal),
        (l.label("resolution-row-actions"), actions),
        (l.label("resolution-row-session"), session),
    ];
    // The values line up a column after the longest label any resolution may show ("Decided
    // by" in English), so they stay put from one resolution to the next.
    let column = rows
        .iter()
        .map(|(label, _)| label.clone())
        .chain(["resolution-row-method", "resolution-row-decided-by"].map(|id| l.label(id)))
        .map(|label| fit::width(&label))
        .max()
        .unwrap_or(0)
        + 1;
    let lines: Vec<Line> = rows
        .into_iter()
        .map(|(label, value)| {
            Line::from(vec![
                Span::styled(fit::pad(&label, column), theme::dim()),
                Span::raw(value),
            ])
        })
        .collect();
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme::dim());
    let detail = Rect {
        y: area.y + area.height - detail_rows,
        height: detail_rows,
        ..area
    };
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        detail,
    );
}

/// A resolution's row: its status, its text, and after it, dim, how it was decided and the
/// proposal it settles ("· vote: 24 for, 3 against, 2 abstaining · ⇢ A pilot"), which give way
/// to the text down to half the row; the detail below shows all of it.
fn resolution_row(
    l: &Labels,
    record: &Record,
    r: &Resolution,
    status_style: ratatui::style::Style,
    width: usize,
) -> Line<'static> {
    let head = format!(" {}", fit::pad(&status_in(l, r.status), 9));
    let mut tail = String::new();
    if let Some(how) = labels::method_short(l, &r.method) {
        tail.push_str(&format!(" · {how}"));
    }
    if let Some(p) = r.proposal.and_then(|p| record.proposal(p)) {
        tail.push_str(&format!(" · ⇢ {}", inert(&p.title)));
    }
    let room = width.saturating_sub(fit::width(&head));
    // The text keeps half the row, or what it needs when that is less.
    let text_width = fit::width(&inert(&r.text));
    let tail = fit::fit(&tail, room - text_width.min(room / 2));
    let text = fit::fit(&inert(&r.text), room.saturating_sub(fit::width(&tail)));
    Line::from(vec![
        Span::styled(head, status_style),
        Span::raw(text),
        Span::styled(tail, theme::dim()),
    ])
}
