//! The short code across a real network: two network namespaces this test makes itself, joined
//! by a veth pair, the host's meeting screen in one (`run --host`, every interface on the
//! default port, announcing itself by mDNS on 5353) and a note-taker's `join SHORT-CODE` in the
//! other. Nothing leaves the two namespaces: they have no route to anything but each other.
//! Needs root (or `sudo -n`) and iproute2's `ip`; skipped, saying why, where either is missing.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::programs::program;
use common::pty::Session;
use plenary::room_net::HostIdentity;
use portable_pty::CommandBuilder;

const TEST: &str = "room_netns";

/// `ip`, with `sudo -n` before it when the test does not run as root.
struct Ip {
    prefix: Vec<String>,
}

impl Ip {
    /// The command that runs `ip`, or None (after saying why) when namespaces cannot be made.
    fn find() -> Option<Ip> {
        let ip = program("ip", "iproute2", TEST)?;
        let root = Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|out| out.stdout.trim_ascii() == b"0");
        let mut prefix = Vec::new();
        if !root {
            prefix.extend(["sudo".to_owned(), "-n".to_owned()]);
        }
        prefix.push(ip.to_string_lossy().into_owned());
        let ip = Ip { prefix };
        // A namespace made and removed at once says whether this machine lets the test.
        let probe = format!("plprobe{}", std::process::id());
        if ip.run(&["netns", "add", &probe]) {
            ip.run(&["netns", "del", &probe]);
            return Some(ip);
        }
        let why = format!("{TEST}: skipped: network namespaces cannot be made here (needs root)");
        assert!(
            std::env::var_os("PLENARY_REQUIRE_PROGRAMS").is_none(),
            "{why}, and PLENARY_REQUIRE_PROGRAMS says every such test must run"
        );
        eprintln!("{why}");
        None
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(&self.prefix[0]);
        command.args(&self.prefix[1..]).args(args);
        command
    }

    /// Runs `ip args`, true when it succeeded.
    fn run(&self, args: &[&str]) -> bool {
        self.command(args)
            .output()
            .is_ok_and(|out| out.status.success())
    }

    /// Runs `ip args`, panicking with what it printed when it fails.
    fn must(&self, args: &[&str]) {
        let out = self.command(args).output().expect("ip runs");
        assert!(
            out.status.success(),
            "ip {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// `program args` run inside namespace `ns`, in a pty of `cols` by `rows`.
    fn session_in(
        &self,
        ns: &str,
        dir: &Path,
        env: &[(&str, &str)],
        args: &[&str],
        size: (u16, u16),
    ) -> Session {
        let mut command = CommandBuilder::new(&self.prefix[0]);
        command.args(&self.prefix[1..]);
        command.args(["netns", "exec", ns, "env", "TERM=xterm-256color"]);
        for (key, value) in env {
            command.arg(format!("{key}={value}"));
        }
        command.arg(env!("CARGO_BIN_EXE_plenary"));
        command.args(args);
        command.cwd(dir);
        Session::spawn(command, size.0, size.1)
    }
}

/// Two namespaces joined by a veth pair, removed (with the pair) when the value goes.
struct Network<'a> {
    ip: &'a Ip,
    host: String,
    laptop: String,
}

impl<'a> Network<'a> {
    fn make(ip: &'a Ip) -> Network<'a> {
        let id = std::process::id();
        let network = Network {
            ip,
            host: format!("plhost{id}"),
            laptop: format!("pllaptop{id}"),
        };
        let (host, laptop) = (network.host.as_str(), network.laptop.as_str());
        let (host_end, laptop_end) = (format!("plh{id}"), format!("pll{id}"));
        ip.must(&["netns", "add", host]);
        ip.must(&["netns", "add", laptop]);
        ip.must(&[
            "link",
            "add",
            &host_end,
            "type",
            "veth",
            "peer",
            "name",
            &laptop_end,
        ]);
        ip.must(&["link", "set", &host_end, "netns", host]);
        ip.must(&["link", "set", &laptop_end, "netns", laptop]);
        for (ns, end, addr) in [
            (host, &host_end, "10.231.7.1/24"),
            (laptop, &laptop_end, "10.231.7.2/24"),
        ] {
            ip.must(&["-n", ns, "addr", "add", addr, "dev", end]);
            ip.must(&["-n", ns, "link", "set", end, "up"]);
            ip.must(&["-n", ns, "link", "set", "lo", "up"]);
        }
        network
    }
}

impl Drop for Network<'_> {
    fn drop(&mut self) {
        // Removing a namespace removes its end of the pair, and so the pair.
        self.ip.run(&["netns", "del", &self.host]);
        self.ip.run(&["netns", "del", &self.laptop]);
    }
}

/// Waits until the host's record holds a note `text`, within 20 s.
fn wait_for_note(record: &Path, text: &str) {
    let started = Instant::now();
    loop {
        let notes: Vec<String> = plenary::store::load(record)
            .map(|l| l.live.record.notes.into_iter().map(|n| n.text).collect())
            .unwrap_or_default();
        if notes.iter().any(|n| n == text) {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{text} not on the host's disk: {notes:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn the_short_code_alone_finds_the_host_by_mdns_across_the_rooms_network_and_a_wrong_one_fails() {
    let Some(ip) = Ip::find() else { return };
    let network = Network::make(&ip);
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("small.ron"), common::SMALL).expect("agenda");
    // The default address: every interface of the host's namespace, port 7878.
    let host = ip.session_in(
        &network.host,
        dir.path(),
        &[],
        &["run", "small.ron", "--record", "rec", "--host"],
        (120, 30),
    );
    host.wait_shown("note-takers: plenary join");
    host.wait_shown("10.231.7.1:7878");
    let identity = HostIdentity::load(&dir.path().join("rec")).expect("the identity");
    let short = identity.short_code.to_string();

    // A wrong short code: the host is found, the PAKE fails, nothing joins.
    let wrong_state = tempfile::tempdir().expect("state folder");
    let wrong_state = wrong_state.path().to_str().expect("UTF-8");
    let wrong = if short.starts_with("11-") {
        "12-amber-river"
    } else {
        "11-amber-river"
    };
    let mut guess = ip.session_in(
        &network.laptop,
        dir.path(),
        &[("XDG_STATE_HOME", wrong_state)],
        &["join", wrong, "--name", "Eve"],
        (100, 30),
    );
    guess.wait_for("the short code does not match");
    let status = guess.child.wait().expect("join ends");
    assert_eq!(status.exit_code(), 1, "a wrong short code exits 1");

    let state = tempfile::tempdir().expect("state folder");
    let state = state.path().to_str().expect("UTF-8");
    let mut ana = ip.session_in(
        &network.laptop,
        dir.path(),
        &[("XDG_STATE_HOME", state)],
        &["join", &short, "--name", "Ana"],
        (100, 30),
    );
    ana.wait_shown("joined the room as note-taker");
    ana.type_keys(b"nFound-across-the-veth\r");
    wait_for_note(&dir.path().join("rec"), "Found-across-the-veth");
    ana.wait_shown("✓ saved");
    drop(ana);
    drop(host);
    drop(network);
}
