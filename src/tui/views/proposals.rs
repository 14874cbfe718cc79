//! The Proposals tab: the matrix of scores per criterion with totals, dots and decisions, and
//! a bar chart of the totals; the current session's own proposals first, set apart from the
//! others, on the criteria the session names (see [`Weighing`]).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table};

use super::{fit, inert};
use crate::core::labels::decision_short;
use crate::core::record::Record;
use crate::core::weighing::Weighing;
use crate::lang::Labels;
use crate::tui::state::App;
use crate::tui::theme;

/// Draws the matrix and the chart.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let (record, l) = (app.record(), app.labels());
    if record.proposals.is_empty() {
        frame.render_widget(
            Line::styled(
                format!(
                    "  {}",
                    l.label(if app.ui.projector {
                        "proposals-none"
                    } else {
                        "proposals-none-how"
                    })
                ),
                theme::dim(),
            ),
            area,
        );
        return;
    }
    let weighing = app.weighing();
    let selected = app.ui.matrix.proposal.get(weighing.proposals.len());
    let criterion = app.ui.matrix.criterion.get(weighing.criteria.len());
    let table_height = matrix(frame, area, l, (record, &weighing), (selected, criterion));
    // What the selected cell means, in full: the criterion being scored and its question.
    let mut below = table_height;
    if area.height > table_height + 1 {
        below += cell_line(
            frame,
            area,
            l,
            &weighing,
            (selected, criterion),
            table_height,
        )
        .map_or(0, |rows| rows + 1);
    }
    let area = Rect {
        y: area.y + below,
        height: area.height.saturating_sub(below),
        ..area
    };
    chart(frame, area, &weighing);
}

/// Draws the matrix of scores with the cell (proposal, criterion) picked out; returns the
/// rows it took.
fn matrix(
    frame: &mut Frame,
    area: Rect,
    l: &Labels,
    (record, weighing): (&Record, &Weighing),
    (selected, criterion): (usize, usize),
) -> u16 {
    let criteria = &weighing.criteria;
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
    let cut = |text: &str, width: u16| fit::fit(&inert(text), usize::from(width));
    let mut header = vec![Cell::from(l.label("matrix-proposal"))];
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
        ["matrix-sum", "matrix-dot", "matrix-decision"]
    } else {
        ["matrix-total", "matrix-dots", "matrix-decision"]
    };
    header.extend(totals.map(|id| Cell::from(l.label(id))));
    // Titles and decisions share what is left, titles first.
    let mut widths = vec![Constraint::Fill(3)];
    widths.extend(criteria.iter().map(|_| Constraint::Length(crit_w)));
    widths.extend([
        Constraint::Length(total_w),
        Constraint::Length(dots_w),
        Constraint::Fill(2),
    ]);
    // Where the table will put its columns, so titles are cut to theirs. A decision keeps
    // its start ("merged →") where a word cut would leave "merged…".
    let columns = Layout::horizontal(widths.clone())
        .spacing(1)
        .split(Rect::new(0, 0, area.width, 1));
    let title_room = columns.first().map_or(0, |c| c.width);
    let rows = weighing.proposals.iter().enumerate().map(|(i, p)| {
        let mut cells = vec![Cell::from(cut(&p.title, title_room))];
        for (j, c) in criteria.iter().enumerate() {
            let score = p.scores.get(&c.id).map_or("–".to_owned(), u8::to_string);
            let cell = Cell::from(format!("{score:^w$}", w = usize::from(crit_w)));
            cells.push(if i == selected && j == criterion {
                cell.style(theme::selected().add_modifier(Modifier::BOLD))
            } else {
                cell
            });
        }
        cells.push(Cell::from(format!("{:>3}", weighing.total(p))).style(theme::title()));
        cells.push(Cell::from(format!("{:>3}", p.dots)));
        cells.push(Cell::from(decision_short(l, record, p)));
        let row = Row::new(cells);
        if i == selected {
            row.style(theme::accent().add_modifier(Modifier::BOLD))
        } else {
            row
        }
    });
    // The session's own proposals, then a row left free for the line that sets the others
    // apart, drawn across the columns once the table is.
    let mut rows: Vec<Row> = rows.collect();
    let apart = weighing.own.map(|own| own.min(rows.len()));
    if let Some(own) = apart {
        rows.insert(own, Row::new(Vec::<Cell>::new()));
    }
    let table_height = (rows.len() as u16 + 1).min(area.height);
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
    if let Some(own) = apart.and_then(|own| u16::try_from(own + 1).ok())
        && own < table_height
    {
        let label = format!("── {} ", inert(&l.label("matrix-others")));
        frame.render_widget(
            Line::styled(fit::fit(&label, usize::from(area.width)), theme::dim()),
            Rect {
                y: area.y + own,
                height: 1,
                ..area
            },
        );
    }
    table_height
}

/// Says under the matrix what cell (proposal, criterion) is scored on; returns the rows it
/// took, or None when there is no such cell.
fn cell_line(
    frame: &mut Frame,
    area: Rect,
    l: &Labels,
    weighing: &Weighing,
    (selected, criterion): (usize, usize),
    table_height: u16,
) -> Option<u16> {
    let (Some(c), Some(p)) = (
        weighing.criteria.get(criterion),
        weighing.proposals.get(selected),
    ) else {
        return None;
    };
    let weight = if c.weight > 1 {
        format!(
            " {}",
            l.label_with("matrix-counts", &[("weight", c.weight.into())])
        )
    } else {
        String::new()
    };
    // The matrix cuts titles: here the selected criterion and proposal read whole, each on
    // lines of its own when they do not share one (the proposal's on up to three).
    let mark = format!(" C{} ", criterion + 1);
    let criterion_text = format!("{}{weight}", inert(&c.title));
    let proposal = format!(" · {}", inert(&p.title));
    let room = usize::from(area.width).saturating_sub(fit::width(&mark));
    let lines = if fit::width(&criterion_text) + fit::width(&proposal) <= room {
        vec![Line::from(vec![
            Span::styled(mark, theme::accent()),
            Span::styled(criterion_text, theme::title()),
            Span::styled(proposal, theme::dim()),
        ])]
    } else {
        let title = inert(&p.title);
        let title_room = usize::from(area.width).saturating_sub(3);
        std::iter::once(Line::from(vec![
            Span::styled(mark, theme::accent()),
            Span::styled(fit::fit(&criterion_text, room), theme::title()),
        ]))
        .chain(
            fit::wrap(&title, title_room, 3)
                .into_iter()
                .map(|line| Line::styled(format!("   {line}"), theme::dim())),
        )
        .collect()
    };
    let rows = (lines.len() as u16).min(area.height.saturating_sub(table_height + 1));
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            y: area.y + table_height + 1,
            height: rows,
            ..area
        },
    );
    Some(rows)
}

/// The chart in `area`, under the matrix: one bar a proposal, as long as its total, where it
/// fits.
fn chart(frame: &mut Frame, area: Rect, weighing: &Weighing) {
    let chart = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1),
        ..area
    };
    let max = weighing
        .proposals
        .iter()
        .map(|p| weighing.total(p))
        .max()
        .unwrap_or(0)
        .max(1);
    let label_width = 18.min(usize::from(area.width) / 3);
    let bar_room = usize::from(area.width).saturating_sub(label_width + 8);
    for (i, p) in weighing
        .proposals
        .iter()
        .enumerate()
        .take(usize::from(chart.height))
    {
        let total = weighing.total(p);
        let bar = "█".repeat(bar_room * total as usize / max as usize);
        let label = fit::fit(&inert(&p.title), label_width);
        let pad = " ".repeat(label_width.saturating_sub(fit::width(&label)));
        let line = Line::from(vec![
            Span::raw(format!(" {label}{pad} ")),
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
