//! The corpus of bad files: every agenda under `tests/corpus/agendas/` is checked by the
//! built `plenary check`, and every record under `tests/corpus/records/` is read by
//! `store::load`; each must give exactly the message in its `.expected` file beside it — never a
//! panic, never a stack trace, never a raw control character on the terminal.
//!
//! `PLENARY_BLESS=1 cargo test --test corpus` rewrites the `.expected` files from what plenary
//! says now; read the diff before committing it.

mod fuzzing;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn corpus(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(kind)
}

/// Compares `got` with the `.expected` file, or writes it when blessing. Returns a complaint.
fn expect(expected: &Path, got: &str) -> Option<String> {
    if std::env::var_os("PLENARY_BLESS").is_some() {
        std::fs::write(expected, got).expect("write the expectation");
        return None;
    }
    let want = std::fs::read_to_string(expected)
        .unwrap_or_else(|e| format!("(no expectation: {}: {e})", expected.display()));
    (want != got).then(|| format!("{}:\n--- want\n{want}--- got\n{got}", expected.display()))
}

#[test]
fn every_bad_agenda_gives_its_exact_message() {
    let dir = corpus("agendas");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("the agenda corpus")
        .filter_map(|e| {
            let name = e
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            name.ends_with(".ron").then_some(name)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 25, "only {} bad agendas", names.len());
    let mut failures = Vec::new();
    for name in &names {
        let output = Command::cargo_bin("plenary")
            .expect("the binary")
            .current_dir(&dir)
            .args(["check", name])
            .output()
            .expect("run plenary check");
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        fuzzing::assert_inert(name, &stderr);
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
        assert!(output.stdout.is_empty(), "{name}");
        let expected = dir.join(name.replace(".ron", ".expected"));
        failures.extend(expect(&expected, &stderr));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    eprintln!("{} bad agendas, each with its message", names.len());
}

/// What loading a record says, as one text: the error, or what loaded and every warning.
fn describe(path: &Path) -> String {
    match plenary::store::load(path) {
        Err(e) => format!("error: {e}\n"),
        Ok(loaded) => {
            let r = &loaded.live.record;
            let mut out = format!(
                "ok: {} changes, {} notes, {} actions, {} resolutions; {} bytes of whole changes\n",
                loaded.changes,
                r.notes.len(),
                r.actions.len(),
                r.resolutions.len(),
                loaded.good_len
            );
            for warning in &loaded.warnings {
                out.push_str(&format!("warning: {warning}\n"));
            }
            // Opening for writing must never cut damage from the middle of a journal, nor a
            // change it cannot read or apply.
            if !loaded.opens_for_writing() {
                let copy = tempfile::tempdir().expect("temp dir");
                for file in ["agenda.ron", "journal"] {
                    std::fs::copy(path.join(file), copy.path().join(file)).expect("copy");
                }
                let refused = plenary::store::Store::open(copy.path()).expect_err("refused");
                let text = refused
                    .to_string()
                    .replace(&copy.path().display().to_string(), "COPY");
                out.push_str(&format!("open for writing: {text}\n"));
            }
            out
        }
    }
}

#[test]
fn every_bad_record_loads_what_it_can_or_says_why_not() {
    let dir = corpus("records");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("the record corpus")
        .filter_map(|e| {
            let entry = e.expect("an entry");
            entry
                .path()
                .is_dir()
                .then(|| entry.file_name().to_string_lossy().into_owned())
        })
        .collect();
    names.sort();
    assert!(names.len() >= 25, "only {} bad records", names.len());
    let mut failures = Vec::new();
    for name in &names {
        // Named relative to the package, as a user in its folder would name it.
        let path = Path::new("tests/corpus/records").join(name);
        let got = describe(&path);
        fuzzing::assert_inert(name, &got);
        failures.extend(expect(&dir.join(format!("{name}.expected")), &got));
        // Whatever loads also exports, and the CLI says the same without a stack trace.
        if let Ok(loaded) = plenary::store::load(&path) {
            fuzzing::exports(&loaded.live.record);
        }
        let output = Command::cargo_bin("plenary")
            .expect("the binary")
            .args(["export", "-f", "csv"])
            .arg(&path)
            .output()
            .expect("run plenary export");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        assert!(
            matches!(output.status.code(), Some(0 | 1)),
            "{name}: {stderr}"
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    eprintln!("{} bad records, each with its outcome", names.len());
}
