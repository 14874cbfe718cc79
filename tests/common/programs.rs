//! Programs from Debian's packages that some tests drive (Chromium, man, Xvfb, xterm): found on
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
        let why = format!(
            "{test}: skipped: `{name}` is not installed (Debian's package `{package}`; .ci/run installs it)"
        );
        assert!(
            std::env::var_os("PLENARY_REQUIRE_PROGRAMS").is_none(),
            "{why}, and PLENARY_REQUIRE_PROGRAMS says every such test must run"
        );
        eprintln!("{why}");
    }
    found
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
