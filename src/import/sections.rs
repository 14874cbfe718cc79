//! What an agenda holds beside its programme, as sections after it in the same sheet, so the
//! sheet carries the whole agenda and one file goes back and forth between plenary and a
//! spreadsheet. Each section starts with a row holding only its name in brackets:
//!
//! - `[meeting]`: one row a field, its name then its value (or values, one a cell, for lists):
//!   `title`, `language` (its code: en, es, fr, ar), `place`, `organisers`, `hosts`, `objective`, `background`, `principles`,
//!   `chatham_house` (yes or no), `head_count`, `countries`, `languages`, `interpretation`;
//! - `[participants]`, `[criteria]`, `[proposals]`: a header row naming the fields, in any order,
//!   then one row each (lists in one cell, separated by commas; a participant's several
//!   `organisations` by semicolons, since an organisation's name may hold a comma).
//!
//! A sheet made in a spreadsheet needs none of them: the title is then the file's name, and
//! the participants are the leads the programme names.

use crate::core::agenda::{
    Agenda, Attendance, Criterion, Participant, ProposalOption, ProposalPlan,
};
use crate::store::agenda_file::Diagnostic;

use super::at;
use super::programme::list;
use super::sheet::{Row, guarded};

/// The sections, by the name in their opening row.
pub(crate) const SECTIONS: [&str; 4] = ["[meeting]", "[participants]", "[criteria]", "[proposals]"];

/// The section a row opens, if it opens one; an unknown name in brackets is refused.
pub(crate) fn opens(name: &str, row: &Row) -> Result<Option<&'static str>, Diagnostic> {
    let first = row.cell(0).trim().to_lowercase();
    let alone = row.cells.iter().skip(1).all(|c| c.trim().is_empty());
    if !(alone && first.starts_with('[') && first.ends_with(']')) {
        return Ok(None);
    }
    match SECTIONS.iter().find(|s| **s == first) {
        Some(section) => Ok(Some(section)),
        None => Err(at(
            name,
            row.number,
            1,
            format!(
                "`{}` is not a section; expected one of: {}",
                row.cell(0).trim(),
                SECTIONS.join(", ")
            ),
        )),
    }
}

/// Reads one section's rows (blank rows left out) into the agenda.
pub(crate) fn read(
    name: &str,
    section: &str,
    rows: &[&Row],
    agenda: &mut Agenda,
) -> Result<(), Diagnostic> {
    match section {
        "[meeting]" => rows
            .iter()
            .try_for_each(|row| meeting_row(name, row, agenda)),
        "[participants]" => {
            let mut remote = Vec::new();
            agenda.participants = table(name, rows, &PARTICIPANT, |f| {
                remote.push(f.place("remote"));
                Participant {
                    id: f.take("id"),
                    name: f.take("name"),
                    organisation: f.take("organisation"),
                    organisations: organisations(&f.take("organisations")),
                    country: f.take("country"),
                    region: f.take("region"),
                    role: f.take("role"),
                    gender: Some(f.take("gender")).filter(|g| !g.is_empty()),
                    aliases: list(&f.take("aliases")),
                    remote: false,
                }
            })?;
            for (p, (text, row, col)) in agenda.participants.iter_mut().zip(remote) {
                p.remote = yes_or_no(&text)
                    .ok_or_else(|| at(name, row, col, format!("`{text}` is not yes or no")))?;
            }
            Ok(())
        }
        "[criteria]" => {
            let mut weights = Vec::new();
            agenda.criteria = table(name, rows, &CRITERION, |f| {
                weights.push(f.place("weight"));
                Criterion {
                    id: f.take("id"),
                    title: f.take("title"),
                    description: f.take("description"),
                    weight: 0,
                }
            })?;
            for (criterion, (text, row, col)) in agenda.criteria.iter_mut().zip(weights) {
                criterion.weight = match text.as_str() {
                    "" => 1,
                    text => text.parse().map_err(|_| {
                        at(
                            name,
                            row,
                            col,
                            format!("`{text}` is not a weight; expected a whole number, 1 or more"),
                        )
                    })?,
                };
            }
            Ok(())
        }
        _ => {
            agenda.proposals = table(name, rows, &PROPOSAL, |f| ProposalPlan {
                id: f.take("id"),
                title: f.take("title"),
                summary: f.take("summary"),
                presenters: list(&f.take("presenters")),
                options: options(&f.take("options")),
            })?;
            Ok(())
        }
    }
}

const PARTICIPANT: [&str; 10] = [
    "id",
    "name",
    "organisation",
    "country",
    "region",
    "role",
    "gender",
    "aliases",
    "remote",
    "organisations",
];

/// A participant's several organisations from their cell, one after another separated by
/// semicolons or line breaks: an organisation's own name may hold a comma ("NeSI, New
/// Zealand"), so commas do not separate here as they do in other lists.
fn organisations(cell: &str) -> Vec<String> {
    cell.split([';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}
const CRITERION: [&str; 4] = ["id", "title", "description", "weight"];
const PROPOSAL: [&str; 5] = ["id", "title", "summary", "presenters", "options"];

/// A proposal's options from their cell, one a line, each its id, a colon and its title
/// (`a: One staff post`): titles may hold commas and semicolons, so lines separate them.
fn options(cell: &str) -> Vec<ProposalOption> {
    cell.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| {
            let (id, title) = line.split_once(':').unwrap_or((line, ""));
            ProposalOption {
                id: id.trim().to_owned(),
                title: title.trim().to_owned(),
            }
        })
        .collect()
}

/// The cell [`options`] reads.
fn options_cell(options: &[ProposalOption]) -> String {
    options
        .iter()
        .map(|o| format!("{}: {}", o.id, o.title))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One row of a table section, by field name.
struct Fields<'a> {
    header: &'a [String],
    row: &'a Row,
}

impl Fields<'_> {
    fn take(&self, field: &str) -> String {
        self.place(field).0
    }

    fn place(&self, field: &str) -> (String, usize, usize) {
        let i = self.header.iter().position(|h| h == field);
        let col = i.map_or(1, |i| i + 1);
        (
            i.map_or("", |i| self.row.cell(i).trim()).to_owned(),
            self.row.number,
            col,
        )
    }
}

/// A table section: a header row of field names from `fields`, then one thing a row.
fn table<T>(
    name: &str,
    rows: &[&Row],
    fields: &[&str],
    mut make: impl FnMut(&Fields<'_>) -> T,
) -> Result<Vec<T>, Diagnostic> {
    let Some((head, rest)) = rows.split_first() else {
        return Ok(Vec::new());
    };
    let header: Vec<String> = head.cells.iter().map(|c| c.trim().to_lowercase()).collect();
    for (i, h) in header.iter().enumerate() {
        if !h.is_empty() && !fields.contains(&h.as_str()) {
            return Err(at(
                name,
                head.number,
                i + 1,
                format!("`{h}` is not a field here; expected: {}", fields.join(", ")),
            ));
        }
    }
    if !header.iter().any(|h| h == "id") {
        return Err(at(
            name,
            head.number,
            1,
            format!(
                "expected a header row naming the fields: {}",
                fields.join(", ")
            ),
        ));
    }
    Ok(rest
        .iter()
        .map(|row| {
            make(&Fields {
                header: &header,
                row,
            })
        })
        .collect())
}

/// A yes or a no in any of the sheet's languages (empty is no); `None` for anything else.
fn yes_or_no(text: &str) -> Option<bool> {
    match text.to_lowercase().as_str() {
        "yes" | "true" | "sí" | "si" | "oui" | "نعم" => Some(true),
        "" | "no" | "false" | "non" | "لا" => Some(false),
        _ => None,
    }
}

/// One `[meeting]` row: a field and its value or values.
fn meeting_row(name: &str, row: &Row, agenda: &mut Agenda) -> Result<(), Diagnostic> {
    let field = row.cell(0).trim().to_lowercase();
    let values: Vec<String> = row
        .cells
        .iter()
        .skip(1)
        .map(|c| c.trim().to_owned())
        .filter(|c| !c.is_empty())
        .collect();
    let fail = |col: usize, message: String| at(name, row.number, col, message);
    let one = || -> Result<String, Diagnostic> {
        match values.as_slice() {
            [] => Ok(String::new()),
            [value] => Ok(value.clone()),
            _ => Err(fail(
                3,
                format!("`{field}` has one value; expected it in the second cell alone"),
            )),
        }
    };
    let count = |text: String| -> Result<Option<u32>, Diagnostic> {
        match text.as_str() {
            "" => Ok(None),
            t => t
                .parse()
                .map(Some)
                .map_err(|_| fail(2, format!("`{t}` is not a count; expected a whole number"))),
        }
    };
    let yes = |text: String| -> Result<bool, Diagnostic> {
        yes_or_no(&text).ok_or_else(|| fail(2, format!("`{text}` is not yes or no")))
    };
    let a: &mut Attendance = &mut agenda.attendance;
    match field.as_str() {
        "title" => agenda.title = one()?,
        "place" => agenda.place = one()?,
        "objective" => agenda.objective = one()?,
        "background" => agenda.background = one()?,
        "organisers" => agenda.organisers = values,
        "hosts" => agenda.hosts = values,
        "principles" => agenda.principles = values,
        "languages" => a.languages = values,
        "chatham_house" => agenda.chatham_house = yes(one()?)?,
        "language" => {
            let code = one()?;
            agenda.language = match code.as_str() {
                "" => None,
                code => Some(code.parse().map_err(|why: String| fail(2, why))?),
            };
        }
        "interpretation" => a.interpretation = yes(one()?)?,
        "head_count" => a.head_count = count(one()?)?,
        "countries" => a.countries = count(one()?)?,
        _ => {
            return Err(fail(
                1,
                format!(
                    "`{field}` is not a field of the meeting; expected one of: {}",
                    MEETING.join(", ")
                ),
            ));
        }
    }
    Ok(())
}

const MEETING: [&str; 13] = [
    "title",
    "language",
    "place",
    "organisers",
    "hosts",
    "objective",
    "background",
    "principles",
    "chatham_house",
    "head_count",
    "countries",
    "languages",
    "interpretation",
];

/// The sections of `agenda` as rows, each section after a blank row; those with nothing in
/// them are left out.
pub(crate) fn write(agenda: &Agenda) -> Vec<Vec<String>> {
    let mut rows = vec![vec![], vec!["[meeting]".to_owned()]];
    let a = &agenda.attendance;
    let yes = |b: bool| if b { vec!["yes".to_owned()] } else { vec![] };
    let count = |n: Option<u32>| n.map(|n| vec![n.to_string()]).unwrap_or_default();
    let one = |s: &str| {
        if s.is_empty() {
            vec![]
        } else {
            vec![s.to_owned()]
        }
    };
    let fields: [Vec<String>; 13] = [
        one(&agenda.title),
        agenda
            .language
            .map(|l| vec![l.code().to_owned()])
            .unwrap_or_default(),
        one(&agenda.place),
        agenda.organisers.clone(),
        agenda.hosts.clone(),
        one(&agenda.objective),
        one(&agenda.background),
        agenda.principles.clone(),
        yes(agenda.chatham_house),
        count(a.head_count),
        count(a.countries),
        a.languages.clone(),
        yes(a.interpretation),
    ];
    for (field, values) in MEETING.iter().zip(fields) {
        if !values.is_empty() {
            rows.push(std::iter::once(field.to_string()).chain(values).collect());
        }
    }
    // The aliases, remote and organisations columns only as far as someone needs them, so
    // sheets written before them stay as they were.
    let people = &agenda.participants;
    let columns = if people.iter().any(|p| !p.organisations.is_empty()) {
        &PARTICIPANT[..]
    } else if people.iter().any(|p| p.remote) {
        &PARTICIPANT[..PARTICIPANT.len() - 1]
    } else if people.iter().any(|p| !p.aliases.is_empty()) {
        &PARTICIPANT[..PARTICIPANT.len() - 2]
    } else {
        &PARTICIPANT[..PARTICIPANT.len() - 3]
    };
    let participants = agenda.participants.iter().map(|p| {
        let mut row = vec![
            p.id.clone(),
            p.name.clone(),
            p.organisation.clone(),
            p.country.clone(),
            p.region.clone(),
            p.role.clone(),
            p.gender.clone().unwrap_or_default(),
            p.aliases.join(", "),
            yes(p.remote).concat(),
            p.organisations.join("; "),
        ];
        row.truncate(columns.len());
        row
    });
    push_table(&mut rows, "[participants]", columns, participants);
    let criteria = agenda.criteria.iter().map(|c| {
        vec![
            c.id.clone(),
            c.title.clone(),
            c.description.clone(),
            c.weight.to_string(),
        ]
    });
    push_table(&mut rows, "[criteria]", &CRITERION, criteria);
    // The options column only when a proposal has options, so sheets written before them stay
    // as they were.
    let with_options = agenda.proposals.iter().any(|p| !p.options.is_empty());
    let fields = &PROPOSAL[..PROPOSAL.len() - usize::from(!with_options)];
    let proposals = agenda.proposals.iter().map(|p| {
        let mut row = vec![
            p.id.clone(),
            p.title.clone(),
            p.summary.clone(),
            p.presenters.join(", "),
            options_cell(&p.options),
        ];
        row.truncate(fields.len());
        row
    });
    push_table(&mut rows, "[proposals]", fields, proposals);
    rows.into_iter()
        .map(|r| r.iter().map(|c| guarded(c)).collect())
        .collect()
}

fn push_table(
    rows: &mut Vec<Vec<String>>,
    section: &str,
    fields: &[&str],
    things: impl Iterator<Item = Vec<String>>,
) {
    let mut things = things.peekable();
    if things.peek().is_none() {
        return;
    }
    rows.push(vec![]);
    rows.push(vec![section.to_owned()]);
    rows.push(fields.iter().map(|f| (*f).to_owned()).collect());
    rows.extend(things);
}
