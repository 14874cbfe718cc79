//! Programs from Debian's packages that some tests drive (Chromium, man, Xvfb, xterm, the QR decoders): found on
//! `PATH`, or the test says it was skipped and why. `.ci/run` installs them all and sets
//! `PLENARY_REQUIRE_PROGRAMS=1`, so in CI a missing program fails the test instead of skipping it.

use std::path::PathBuf;

/// The program's path on `PATH`, or `None` after printing that `test` was skipped because the
/// program (from Debian's package `package`) is missing. Panics instead under
/// `PLENARY_REQUIRE_PROGRAMS=1`, where every such test must run.
pub fn program(name: &str, package: &str, test: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|path| path.is_file())
    });
    if found.is_none() {
        skipped(test, &format!("`{name}` is not installed"), package);
    }
    found
}

/// The file at `path` (a font, say), or `None` after printing that `test` was skipped because
/// it is missing; Debian's package `package` installs it. Panics instead under
/// `PLENARY_REQUIRE_PROGRAMS=1`, like [`program`].
pub fn file(path: &str, package: &str, test: &str) -> Option<PathBuf> {
    let path = PathBuf::from(path);
    if path.is_file() {
        return Some(path);
    }
    skipped(test, &format!("{} is missing", path.display()), package);
    None
}

/// Says that `test` was skipped because of `what`, or panics where every such test must run.
fn skipped(test: &str, what: &str, package: &str) {
    let why =
        format!("{test}: skipped: {what} (Debian's package `{package}`; .ci/run installs it)");
    assert!(
        std::env::var_os("PLENARY_REQUIRE_PROGRAMS").is_none(),
        "{why}, and PLENARY_REQUIRE_PROGRAMS says every such test must run"
    );
    eprintln!("{why}");
}

/// The flags headless Chromium needs on these machines: no sandbox (tests run as root), no GPU,
/// and none of its background connections, which the closed network refuses many at a time.
pub const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];
