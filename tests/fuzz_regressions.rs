//! The fuzz targets on stable Rust: every input saved under `tests/corpus/fuzz/TARGET/` (the
//! seeds, and each finding of `fuzz/run.sh` once fixed) runs through its target's body, then a
//! short burst of random and mutated inputs does. The long runs are `fuzz/run.sh`'s job.

mod fuzzing;

use std::path::Path;

fn saved(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus/fuzz")
        .join(target);
    let mut inputs: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("an entry").path();
            let bytes = std::fs::read(&path).expect("an input");
            (path.display().to_string(), bytes)
        })
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "{} holds no inputs", dir.display());
    inputs
}

/// Runs every saved input, then `rounds` mutations of them (bytes flipped, cut, spliced),
/// each from a fixed seed so a failure names the input to reproduce it.
fn replay(target: &str, body: fn(&[u8]), rounds: usize) {
    let inputs = saved(target);
    for (name, bytes) in &inputs {
        if let Err(e) = std::panic::catch_unwind(|| body(bytes)) {
            std::panic::resume_unwind(Box::new(format!("{target}: {name} fails again: {e:?}")));
        }
    }
    let mut rng = fastrand::Rng::with_seed(0x9e37_79b9);
    for round in 0..rounds {
        let (_, base) = &inputs[rng.usize(..inputs.len())];
        let mut bytes = base.clone();
        for _ in 0..rng.usize(1..8) {
            match rng.u8(..4) {
                0 if !bytes.is_empty() => {
                    let at = rng.usize(..bytes.len());
                    bytes[at] ^= 1 << rng.u8(..8);
                }
                1 if !bytes.is_empty() => bytes.truncate(rng.usize(..bytes.len())),
                2 => {
                    let at = rng.usize(..=bytes.len());
                    let junk: Vec<u8> = (0..rng.usize(1..16)).map(|_| rng.u8(..)).collect();
                    bytes.splice(at..at, junk);
                }
                _ => {
                    let (_, other) = &inputs[rng.usize(..inputs.len())];
                    let from = rng.usize(..=other.len());
                    let at = rng.usize(..=bytes.len());
                    bytes.splice(at..at, other[from..].iter().copied().take(64));
                }
            }
        }
        if std::panic::catch_unwind(|| body(&bytes)).is_err() {
            let out = std::env::temp_dir().join(format!("plenary-{target}-round-{round}"));
            let _ = std::fs::write(&out, &bytes);
            panic!(
                "{target}: mutated input {round} fails; saved to {}",
                out.display()
            );
        }
    }
}

#[test]
fn agenda_findings_and_mutations_never_panic() {
    replay("agenda", fuzzing::agenda, 300);
}

#[test]
fn record_findings_and_mutations_never_panic() {
    replay("record", fuzzing::record, 300);
}

#[test]
fn op_sequence_findings_and_random_sequences_keep_every_invariant() {
    replay("ops", fuzzing::ops, 300);
}
