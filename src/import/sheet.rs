//! A CSV sheet as spreadsheets save it, read into rows of text cells, each cell with the row
//! and column a spreadsheet shows it at: a UTF-8 BOM, `;` or tabs between cells (as the
//! header row uses them), quoted cells with line breaks and CRLF are all accepted; other
//! encodings and formulas are refused at their cell.

use crate::store::agenda_file::Diagnostic;

/// One row of the sheet.
#[derive(Clone, Debug)]
pub(crate) struct Row {
    /// The row as a spreadsheet numbers it, from 1 (a cell with line breaks takes one row).
    pub number: usize,
    /// The cells, left to right, as text.
    pub cells: Vec<String>,
}

impl Row {
    /// Whether every cell is empty (a spacer row).
    pub(crate) fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }

    /// The cell in column `index` (from 0), or nothing.
    pub(crate) fn cell(&self, index: usize) -> &str {
        self.cells.get(index).map_or("", String::as_str)
    }
}

/// Reads the sheet's bytes into rows; `name` is how messages name the file.
pub(crate) fn rows(name: &str, bytes: &[u8]) -> Result<Vec<Row>, Diagnostic> {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(super::at(
            name,
            1,
            1,
            "the sheet is UTF-16 text (\"Unicode text\"); save it as \"CSV UTF-8\"".into(),
        ));
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator(bytes))
        .from_reader(bytes);
    let ends = row_ends(bytes);
    // The row a byte is on, as a spreadsheet counts them (blank lines included, a quoted cell's
    // line breaks not).
    let row_at = |offset: u64| {
        // The reader may place a record at the line break before it: skip to its first byte.
        let start = bytes
            .iter()
            .skip(offset as usize)
            .position(|&b| b != b'\r' && b != b'\n')
            .map_or(bytes.len(), |n| offset as usize + n);
        1 + ends.partition_point(|&end| end < start)
    };
    let mut rows = Vec::new();
    for record in reader.byte_records() {
        let record = record.map_err(|e| {
            let row = e.position().map_or(1, |p| row_at(p.byte()));
            super::at(name, row, 1, e.to_string())
        })?;
        let number = record.position().map_or(1, |p| row_at(p.byte()));
        let mut cells = Vec::with_capacity(record.len());
        for (col, field) in record.iter().enumerate() {
            let text = std::str::from_utf8(field)
                .map_err(|e| not_utf8(name, number, col + 1, field, e.valid_up_to()))?;
            cells.push(cell_text(name, number, col + 1, text)?);
        }
        rows.push(Row { number, cells });
    }
    Ok(rows)
}

/// The offsets of the line breaks that end rows: those outside quoted cells.
fn row_ends(bytes: &[u8]) -> Vec<usize> {
    let mut quoted = false;
    let mut ends = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => ends.push(i),
            _ => {}
        }
    }
    ends
}

/// The separator, as the header row (the first line) uses it: `;` where a spreadsheet set to
/// a language with decimal commas writes it, a tab for tab-separated text, else `,`.
fn separator(bytes: &[u8]) -> u8 {
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for &b in bytes {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let most = counts.iter().copied().max().unwrap_or(0);
    match counts.iter().position(|&n| n == most) {
        Some(1) if most > 0 => b';',
        Some(2) if most > 0 => b'\t',
        _ => b',',
    }
}

/// The refusal of a cell that is not UTF-8: most often a sheet saved as "CSV" from Excel,
/// which writes Windows-1252.
fn not_utf8(name: &str, row: usize, col: usize, field: &[u8], at: usize) -> Diagnostic {
    let byte = field.get(at).copied().unwrap_or_default();
    let before = String::from_utf8_lossy(&field[..at]);
    super::at(
        name,
        row,
        col,
        format!(
            "the cell is not UTF-8 text (byte 0x{byte:02x} after `{}`; Windows-1252 or Latin-1, \
             as Excel's plain \"CSV\" writes); save the sheet as \"CSV UTF-8\"",
            before
                .chars()
                .rev()
                .take(20)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<String>()
        ),
    )
}

/// A cell's text: a leading `'` (how a sheet says "text, not a formula", and how the export
/// writes such cells) is taken off; a formula is refused, since a spreadsheet opening an
/// export of it would run it.
fn cell_text(name: &str, row: usize, col: usize, text: &str) -> Result<String, Diagnostic> {
    if let Some(rest) = text.strip_prefix('\'') {
        return Ok(rest.to_owned());
    }
    match text.chars().next() {
        Some('=') => Err(formula(name, row, col, text)),
        Some('+' | '-' | '@') if text.trim().parse::<f64>().is_err() => {
            Err(formula(name, row, col, text))
        }
        _ => Ok(text.to_owned()),
    }
}

fn formula(name: &str, row: usize, col: usize, text: &str) -> Diagnostic {
    let shown: String = text.chars().take(30).collect();
    let more = if text.chars().count() > 30 { "…" } else { "" };
    super::at(
        name,
        row,
        col,
        format!(
            "`{shown}{more}` is a formula (it starts with `{}`); plenary reads text, not \
             formulas, and a spreadsheet would run it: expected the text itself (start it with \
             ' to keep a leading {} as text)",
            text.chars().next().unwrap_or('='),
            text.chars().next().unwrap_or('=')
        ),
    )
}

/// A cell as the export writes it: one a spreadsheet would take for a formula (it starts with
/// `= + - @`), or that starts with the `'` that marks text, gets a leading `'`, which the
/// import takes off again.
pub(crate) fn guarded(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\'']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(bytes: &[u8]) -> Vec<(usize, Vec<String>)> {
        match rows("s.csv", bytes) {
            Ok(rows) => rows.into_iter().map(|r| (r.number, r.cells)).collect(),
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn separators_boms_line_breaks_and_quotes_read_as_a_spreadsheet_shows_them() {
        let want = vec![
            (1, vec!["a".to_owned(), "b;c".to_owned()]),
            (2, vec!["x\r\ny".to_owned(), "z".to_owned()]),
            (3, vec!["'q".to_owned(), "-2".to_owned()]),
        ];
        assert_eq!(
            texts(b"\xef\xbb\xbfa;\"b;c\"\r\n\"x\r\ny\";z\r\n''q;-2\r\n"),
            want
        );
        assert_eq!(texts(b"a,\"b;c\"\n\"x\r\ny\",z\n''q,-2"), want);
        assert_eq!(texts(b"a\t\"b;c\"\n\"x\r\ny\"\tz\n''q\t-2\n"), want);
    }

    #[test]
    fn formulas_and_other_encodings_are_refused_at_their_cell() {
        let err = |bytes: &[u8]| rows("s.csv", bytes).map(|_| ()).map_err(|e| e.to_string());
        let at = |e: Result<(), String>| e.err().unwrap_or_default();
        assert!(
            at(err(b"a,b\n\"x\ny\",=HYPERLINK(\"h\")\n")).starts_with("s.csv:2:2: `=HYPERLINK")
        );
        assert!(at(err(b"a,b\nx,@SUM(A1)\n")).starts_with("s.csv:2:2:"));
        assert!(at(err(b"a,b\nx,y\nz,+1x\n")).starts_with("s.csv:3:2:"));
        assert!(at(err(b"a,b\nx,caf\xe9\n")).contains("s.csv:2:2: the cell is not UTF-8"));
        assert!(at(err(b"\xff\xfea\x00")).contains("CSV UTF-8"));
        assert_eq!(guarded("=1+1"), "'=1+1");
        assert_eq!(guarded("- a point"), "'- a point");
        assert_eq!(guarded("plain"), "plain");
    }
}
