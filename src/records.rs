//! The records in the records folder, for `plenary resume` with no path: found, listed newest
//! first with their meeting, date and changes, and chosen by the answer to a prompt.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use crate::store::{JOURNAL_FILE, load};

/// One record found in the records folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The record folder.
    pub dir: PathBuf,
    /// When its journal was last written, in local time.
    pub written: Option<NaiveDateTime>,
    /// Its meeting's title and how many changes it saved, or why it cannot be read.
    pub read: Result<(String, u64), String>,
}

/// The records in `folder` (each sub-folder holding a journal), newest first. A missing
/// folder holds none.
pub fn find(folder: &Path) -> std::io::Result<Vec<Found>> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut found = Vec::new();
    for entry in entries {
        let dir = entry?.path();
        let Ok(meta) = std::fs::metadata(dir.join(JOURNAL_FILE)) else {
            continue;
        };
        let written = meta
            .modified()
            .ok()
            .map(|t| chrono::DateTime::<chrono::Local>::from(t).naive_local());
        let read = load(&dir)
            .map(|l| (l.live.record.plan.title.clone(), l.changes))
            .map_err(|e| e.to_string());
        found.push(Found { dir, written, read });
    }
    found.sort_by(|a, b| b.written.cmp(&a.written).then_with(|| a.dir.cmp(&b.dir)));
    Ok(found)
}

/// The numbered list of `found`, one record a line: its number, meeting, date, changes and
/// folder.
pub fn list(found: &[Found]) -> String {
    let mut out = String::new();
    for (n, record) in found.iter().enumerate() {
        let date = record.written.map_or_else(
            || "date unknown".to_owned(),
            |t| t.format("%Y-%m-%d %H:%M").to_string(),
        );
        let what = match &record.read {
            Ok((meeting, 1)) => format!("{meeting}, {date}, 1 change"),
            Ok((meeting, changes)) => format!("{meeting}, {date}, {changes} changes"),
            Err(why) => format!("{date}, cannot be read: {why}"),
        };
        out.push_str(&format!(
            "{:>3}. {what}\n     {}\n",
            n + 1,
            record.dir.display()
        ));
    }
    out
}

/// What an answer to the prompt over `count` records chose: Enter the newest (the first),
/// a number that one; `Ok(None)` for `q`, which opens none; an error says what to type.
pub fn choose(answer: &str, count: usize) -> Result<Option<usize>, String> {
    let answer = answer.trim();
    match answer {
        "" => Ok(Some(0)),
        "q" | "Q" => Ok(None),
        _ => match answer.parse::<usize>() {
            Ok(n) if (1..=count).contains(&n) => Ok(Some(n - 1)),
            _ => Err(format!(
                "type a number from 1 to {count}, Enter for the newest, or q to open none"
            )),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enter_opens_the_newest_a_number_its_record_and_q_none() {
        assert_eq!(choose("\n", 3), Ok(Some(0)));
        assert_eq!(choose(" 2 \n", 3), Ok(Some(1)));
        assert_eq!(choose("3", 3), Ok(Some(2)));
        assert_eq!(choose("q\n", 3), Ok(None));
        for wrong in ["0", "4", "two", "-1"] {
            assert_eq!(
                choose(wrong, 3),
                Err("type a number from 1 to 3, Enter for the newest, or q to open none".into()),
                "{wrong}"
            );
        }
    }

    #[test]
    fn the_list_numbers_each_record_with_its_meeting_date_and_changes() {
        let at =
            |h| chrono::NaiveDate::from_ymd_opt(2018, 7, 23).and_then(|d| d.and_hms_opt(h, 5, 0));
        let found = [
            Found {
                dir: "sessions/b".into(),
                written: at(10),
                read: Ok(("Durban".into(), 1)),
            },
            Found {
                dir: "sessions/a".into(),
                written: at(9),
                read: Err("damaged".into()),
            },
        ];
        assert_eq!(
            list(&found),
            "  1. Durban, 2018-07-23 10:05, 1 change\n     sessions/b\n  2. 2018-07-23 09:05, \
             cannot be read: damaged\n     sessions/a\n"
        );
    }

    #[test]
    fn a_missing_folder_holds_no_records_and_folders_without_a_journal_are_not_records() {
        let dir = tempfile::tempdir().expect("a temp dir");
        assert_eq!(find(&dir.path().join("none")).ok(), Some(Vec::new()));
        std::fs::create_dir(dir.path().join("notes")).expect("a folder");
        assert_eq!(find(dir.path()).ok(), Some(Vec::new()));
    }
}
