//! The Proposals tab: the matrix of scores per criterion with totals, dots and decisions, and
//! a bar chart of the totals.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row, Table};

use super::inert;
use crate::core::labels::decision_short;
use crate::tui::app::App;
use crate::tui::theme;

/// Draws the matrix and the chart.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let record = app.record();
    if record.proposals.is_empty() {
        frame.render_widget(
            Line::styled(
                if app.ui.projector {
                    "  No proposals yet."
                } else {
                    "  No proposals yet. a adds one; proposal: in a note does too."
                },
                theme::dim(),
            ),
            area,
        );
        return;
    }
    let criteria = &record.plan.criteria;
    let selected = app.ui.proposal.min(record.proposals.len() - 1);
    let criterion = app.ui.criterion.min(criteria.len().saturating_sub(1));
    // Columns: the proposal, one a criterion, total, dots, decision. Criteria get what is
    // left after the rest, between 3 and 12 columns each; their full titles show underneath.
    let n = criteria.len() as u16;
    let narrow = area.width < 70;
    let (title_w, total_w, dots_w, decision_w): (u16, u16, u16, u16) = if narrow {
        (12, 3, 3, 8)
    } else {
        (18, 5, 4, 12)
    };
    let gaps = n + 4;
    let rest = area
        .width
        .saturating_sub(title_w + total_w + dots_w + decision_w + gaps);
    let crit_w = rest.checked_div(n).map_or(0, |w| w.clamp(3, 12));
    let cut = |text: &str, width: u16| -> String {
        inert(text).chars().take(usize::from(width)).collect()
    };
    let mut header = vec![Cell::from("Proposal")];
    header.extend(criteria.iter().enumerate().map(|(j, c)| {
        let label = if crit_w >= 6 {
            cut(&c.title, crit_w)
        } else {
            format!("C{}", j + 1)
        };
        let cell = Cell::from(label);
        if j == criterion {
            cell.style(theme::accent())
        } else {
            cell
        }
    }));
    let totals: [&str; 3] = if narrow {
        ["Sum", "Dot", "Decision"]
    } else {
        ["Total", "Dots", "Decision"]
    };
    header.extend(totals.map(Cell::from));
    let rows = record.proposals.iter().enumerate().map(|(i, p)| {
        let mut cells = vec![Cell::from(inert(&p.title).into_owned())];
        for (j, c) in criteria.iter().enumerate() {
            let score = p.scores.get(&c.id).map_or("–".to_owned(), u8::to_string);
            let cell = Cell::from(format!("{score:^w$}", w = usize::from(crit_w)));
            cells.push(if i == selected && j == criterion {
                cell.style(theme::selected().add_modifier(Modifier::BOLD))
            } else {
                cell
            });
        }
        cells.push(Cell::from(format!("{:>3}", record.proposal_total(p))).style(theme::title()));
        cells.push(Cell::from(format!("{:>3}", p.dots)));
        cells.push(Cell::from(decision_short(record, p)));
        let row = Row::new(cells);
        if i == selected {
            row.style(theme::accent().add_modifier(Modifier::BOLD))
        } else {
            row
        }
    });
    // Titles and decisions share what is left, titles first.
    let mut widths = vec![Constraint::Fill(3)];
    widths.extend(criteria.iter().map(|_| Constraint::Length(crit_w)));
    widths.extend([
        Constraint::Length(total_w),
        Constraint::Length(dots_w),
        Constraint::Fill(2),
    ]);
    let table_height = (record.proposals.len() as u16 + 1).min(area.height);
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme::title()))
        .column_spacing(1);
    frame.render_widget(
        table,
        Rect {
            height: table_height,
            ..area
        },
    );

    // What the selected cell means, in full: the criterion being scored and its question.
    let mut below = table_height;
    if let (Some(c), Some(p)) = (criteria.get(criterion), record.proposals.get(selected))
        && area.height > table_height + 1
    {
        let weight = if c.weight > 1 {
            format!(" (counts ×{})", c.weight)
        } else {
            String::new()
        };
        let line = Line::from(vec![
            Span::styled(format!(" C{} ", criterion + 1), theme::accent()),
            Span::styled(format!("{}{weight}", inert(&c.title)), theme::title()),
            Span::styled(format!(" · {}", inert(&p.title)), theme::dim()),
        ]);
        frame.render_widget(
            line,
            Rect {
                y: area.y + table_height + 1,
                height: 1,
                ..area
            },
        );
        below += 2;
    }
    let area = Rect {
        y: area.y + below,
        height: area.height.saturating_sub(below),
        ..area
    };
    let table_height = 0;

    // The chart: one bar a proposal, as long as its total, under the matrix where it fits.
    let chart = Rect {
        y: area.y + table_height + 1,
        height: area.height.saturating_sub(table_height + 1),
        ..area
    };
    let max = record
        .proposals
        .iter()
        .map(|p| record.proposal_total(p))
        .max()
        .unwrap_or(0)
        .max(1);
    let label_width = 18.min(usize::from(area.width) / 3);
    let bar_room = usize::from(area.width).saturating_sub(label_width + 8);
    for (i, p) in record
        .proposals
        .iter()
        .enumerate()
        .take(usize::from(chart.height))
    {
        let total = record.proposal_total(p);
        let bar = "█".repeat(bar_room * total as usize / max as usize);
        let label: String = inert(&p.title).chars().take(label_width).collect();
        let line = Line::from(vec![
            Span::raw(format!(" {label:<label_width$} ")),
            Span::styled(bar, theme::accent()),
            Span::raw(format!(" {total}")),
        ]);
        frame.render_widget(
            line,
            Rect {
                y: chart.y + i as u16,
                height: 1,
                ..chart
            },
        );
    }
}
