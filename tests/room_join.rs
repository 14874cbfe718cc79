//! The room through the real binaries: a host's meeting screen (`run --host`) in a pty,
//! `plenary invite` on its record, and note-takers' `plenary join` screens in ptys of their
//! own, each laptop with its own state folder. Loopback only; every wait is bounded.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use common::pty::Session;
use plenary::room_net::{HostIdentity, JoinCode};

/// A folder with the small agenda, and a hosting meeting screen on a new record of it.
fn hosted() -> (tempfile::TempDir, Session) {
    hosted_with(common::SMALL)
}

/// A folder with the agenda `text`, and a hosting meeting screen on a new record of it.
fn hosted_with(text: &str) -> (tempfile::TempDir, Session) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("small.ron"), text).expect("agenda");
    let host = Session::start_sized(
        dir.path(),
        &[
            "run",
            "small.ron",
            "--record",
            "rec",
            "--host",
            "127.0.0.1:0",
        ],
        120,
        30,
    );
    host.wait_shown("note-takers: plenary join");
    (dir, host)
}

/// What `plenary invite` prints for the record in `dir`, line by line.
fn invite(dir: &Path) -> Vec<String> {
    let out = Command::cargo_bin("plenary")
        .expect("the binary")
        .current_dir(dir)
        .args(["invite", "rec"])
        .output()
        .expect("invite runs");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(str::to_owned)
        .collect()
}

/// A note-taker's laptop joining with `code`, its state kept in `state`.
fn join(dir: &Path, state: &Path, code: &str, name: &str) -> Session {
    let state = state.to_str().expect("a UTF-8 path");
    Session::start_with(
        dir,
        &["join", code, "--name", name],
        100,
        30,
        &[("XDG_STATE_HOME", state)],
    )
}

/// The notes on the host's disk, in capture order.
fn notes_on_disk(dir: &Path) -> Vec<String> {
    plenary::store::load(&dir.join("rec"))
        .map(|loaded| {
            loaded
                .live
                .record
                .notes
                .into_iter()
                .map(|n| n.text)
                .collect()
        })
        .unwrap_or_default()
}

/// Waits until the host's disk holds `texts` (in any order, each once), within 20 s.
fn wait_on_disk(dir: &Path, texts: &[&str]) -> Vec<String> {
    let started = Instant::now();
    loop {
        let notes = notes_on_disk(dir);
        if texts
            .iter()
            .all(|t| notes.iter().filter(|n| n == t).count() == 1)
        {
            return notes;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{texts:?} not each once on the host's disk: {notes:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn invite_of_a_record_never_hosted_says_how_to_host_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("small.ron"), common::SMALL).expect("agenda");
    let agenda = common::small_agenda();
    plenary::store::Store::create(&dir.path().join("rec"), common::SMALL, agenda)
        .expect("a record");
    let out = Command::cargo_bin("plenary")
        .expect("the binary")
        .current_dir(dir.path())
        .args(["invite", "rec"])
        .output()
        .expect("invite runs");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("rec has never hosted a room"), "{err}");
    assert!(err.contains("plenary resume rec --host"), "{err}");
}

#[test]
fn invite_prints_the_codes_of_the_running_host() {
    let (dir, _host) = hosted();
    let lines = invite(dir.path());
    let rec = dir.path().join("rec");
    // The first line is the full code of the record's own identity, at the port it listens on.
    let full: JoinCode = lines[0].parse().expect("a full join code");
    let identity = HostIdentity::load(&rec).expect("the host's identity");
    assert_eq!(full.fingerprint, identity.fingerprint());
    assert_eq!(full.token, identity.token);
    let [addr] = full.addrs.as_slice() else {
        panic!("one address: {full:?}");
    };
    assert!(addr.ip().is_loopback() && addr.port() != 0, "{addr}");
    // The second, the phone page behind the record's read token.
    let token = std::fs::read_to_string(rec.join("phone-token")).expect("the phone token");
    assert_eq!(lines[1], format!("http://{addr}/{}", token.trim()));
    assert_eq!(
        lines[2],
        format!("short code: {}", identity.short_code),
        "{lines:?}"
    );
    assert_eq!(lines[3], format!("addresses: {addr}"));
    assert_eq!(
        lines[4],
        format!("to join: plenary join {}@{addr}", identity.short_code)
    );
}

#[test]
fn two_laptops_join_and_each_note_is_on_every_screen_and_the_hosts_disk() {
    let (dir, mut host) = hosted();
    let lines = invite(dir.path());
    let short = lines[4]
        .strip_prefix("to join: plenary join ")
        .expect("the short code's line")
        .to_owned();
    let states = tempfile::tempdir().expect("state folders");
    // One laptop joins with the full code, the other with the short one (SPAKE2).
    let mut ana = join(dir.path(), &states.path().join("ana"), &lines[0], "Ana");
    let mut ben = join(dir.path(), &states.path().join("ben"), &short, "Ben");
    ana.wait_shown("joined the room as note-taker");
    ben.wait_shown("joined the room as note-taker");
    host.wait_shown("joined as note-taker");
    // The wall on a second machine follows the host over the network.
    let walls = states.path().join("wall");
    let wall = Session::start_with(
        dir.path(),
        &["present", &lines[0]],
        120,
        30,
        &[("XDG_STATE_HOME", walls.to_str().expect("UTF-8"))],
    );

    ana.type_keys(b"nAna-typed-this-on-her-laptop\r");
    ana.wait_shown("note sent to the host");
    ben.type_keys(b"nBen-typed-this-on-his-laptop\r");
    ben.wait_shown("note sent to the host");
    let both = [
        "Ana-typed-this-on-her-laptop",
        "Ben-typed-this-on-his-laptop",
    ];
    wait_on_disk(dir.path(), &both);
    for (who, screen) in [("host", &host), ("Ana", &ana), ("Ben", &ben)] {
        for text in both {
            screen.wait_shown(text);
        }
        // Drawn as it streamed in, each laptop says the host has it all.
        if who != "host" {
            screen.wait_shown("✓ saved");
        }
    }

    // The wall shows the agenda, not notes: a session the facilitator adds reaches it.
    host.type_keys(b"AWall-sees-this 20\r\r");
    wall.wait_shown("Wall-sees-this");
    ana.wait_shown("Wall-sees-this");

    // A note-taker's facilitator-only key is refused on the note-taker's screen, and the
    // record does not move.
    ben.type_keys(b"\x1b");
    ben.wait_shown("? keys");
    ben.type_keys(b" ");
    ben.wait_shown("the host refused: only the facilitator can start");
    let loaded = plenary::store::load(&dir.path().join("rec")).expect("the record");
    assert_eq!(loaded.live.record.running(), None);
}

#[test]
fn a_laptop_killed_mid_note_joins_again_and_loses_nothing_it_showed_as_saved() {
    let (dir, _host) = hosted();
    let code = invite(dir.path()).remove(0);
    let state = tempfile::tempdir().expect("state folder");
    let mut ana = join(dir.path(), state.path(), &code, "Ana");
    ana.wait_shown("joined the room as note-taker");
    ana.type_keys(b"nSaved-before-the-crash\r");
    ana.wait_shown("✓ saved");
    wait_on_disk(dir.path(), &["Saved-before-the-crash"]);
    // Half a note in the editor, then the laptop dies.
    ana.type_keys(b"nhalf-typed");
    ana.wait_shown("New note");
    ana.sigkill();

    let mut again = join(dir.path(), state.path(), &code, "Ana");
    again.wait_shown("Saved-before-the-crash");
    again.type_keys(b"nAfter-joining-again\r");
    again.wait_shown("✓ saved");
    let notes = wait_on_disk(
        dir.path(),
        &["Saved-before-the-crash", "After-joining-again"],
    );
    assert_eq!(notes.len(), 2, "{notes:?}");
    // The laptop came back as the same writer: the roster has one Ana.
    let roster =
        std::fs::read_to_string(dir.path().join("rec").join("writers.json")).expect("the roster");
    assert_eq!(roster.matches("\"Ana\"").count(), 1, "{roster}");
}

#[test]
fn notes_typed_while_the_host_is_down_wait_in_the_outbox_and_land_once_it_is_back() {
    let (dir, mut host) = hosted();
    let code = invite(dir.path()).remove(0);
    let full: JoinCode = code.parse().expect("the full code");
    let port = full.addrs[0].port().to_string();
    let state = tempfile::tempdir().expect("state folder");
    let mut ana = join(dir.path(), state.path(), &code, "Ana");
    ana.wait_shown("joined the room as note-taker");
    host.sigkill();
    ana.wait_shown("host unreachable since");
    ana.type_keys(b"nTyped-while-the-host-was-down\r");
    ana.wait_shown("1 waiting");
    // The laptop dies too, its note only in its outbox.
    ana.sigkill();
    assert!(notes_on_disk(dir.path()).is_empty());
    assert!(outbox_holds(state.path(), "Typed-while-the-host-was-down"));

    let addr = format!("127.0.0.1:{port}");
    let _back = Session::start_sized(dir.path(), &["resume", "rec", "--host", &addr], 120, 30);
    let again = join(dir.path(), state.path(), &code, "Ana");
    again.wait_shown("Typed-while-the-host-was-down");
    again.wait_shown("✓ saved");
    let notes = wait_on_disk(dir.path(), &["Typed-while-the-host-was-down"]);
    assert_eq!(notes.len(), 1, "{notes:?}");
}

/// Whether a laptop's outbox under `state` holds `text`.
fn outbox_holds(state: &Path, text: &str) -> bool {
    let joined: PathBuf = state.join("plenary").join("joined");
    std::fs::read_dir(joined)
        .into_iter()
        .flatten()
        .flatten()
        .any(|host| {
            std::fs::read_to_string(host.path().join("outbox.jsonl"))
                .is_ok_and(|outbox| outbox.contains(text))
        })
}

#[test]
fn a_code_that_does_not_read_is_refused_before_any_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = Command::cargo_bin("plenary")
        .expect("the binary")
        .current_dir(dir.path())
        .args(["join", "plenary1/not-an-address/xx/yy"])
        .env("XDG_STATE_HOME", dir.path())
        .output()
        .expect("join runs");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("is not an address like 192.168.1.5:7878"),
        "{err}"
    );
}

#[test]
fn the_facilitator_hands_a_note_taker_the_role_takes_it_back_and_revokes_the_laptop() {
    let (dir, mut host) = hosted();
    let code = invite(dir.path()).remove(0);
    let state = tempfile::tempdir().expect("state folder");
    let mut ben = join(dir.path(), state.path(), &code, "Ben");
    ben.wait_shown("joined the room as note-taker");
    host.wait_shown("Ben joined as note-taker");
    // I lists the room; its first item hands Ben the facilitator's role.
    host.type_keys(b"I");
    host.wait_shown("Ben (note-taker, connected): hand them the facilitator's role");
    host.type_keys(b"\r");
    host.wait_shown("Ben facilitates now");
    ben.wait_shown("you are now the room's facilitator");
    // Now Ben's Space starts the session, on the host's disk.
    ben.type_keys(b" ");
    ben.wait_shown("(running)");
    let started = Instant::now();
    while plenary::store::load(&dir.path().join("rec"))
        .ok()
        .and_then(|l| l.live.record.running().map(str::to_owned))
        .is_none()
    {
        assert!(started.elapsed() < Duration::from_secs(20), "never running");
        std::thread::sleep(Duration::from_millis(50));
    }
    // Taken back: Ben's facilitator-only keys are refused again.
    host.type_keys(b"I");
    host.wait_shown("Ben (facilitates, connected): take the role back");
    host.type_keys(b"\r");
    ben.wait_shown("you are now the room's note-taker");
    ben.type_keys(b" ");
    ben.wait_shown("the host refused: only the facilitator can start");
    // Revoked: the second item; the laptop is told and nothing more of it is written.
    host.type_keys(b"I");
    host.wait_shown("revoke Ben's laptop");
    host.type_keys(b"\x1b[B\r");
    host.wait_shown("revoked");
    ben.wait_shown("the host refused this laptop");
    ben.type_keys(b"nAfter-the-revocation\r");
    ben.wait_shown("not sent");
    std::thread::sleep(Duration::from_millis(300));
    assert!(notes_on_disk(dir.path()).is_empty());
}

#[test]
fn the_host_killed_ten_times_while_a_laptop_types_loses_nothing_and_applies_each_note_once() {
    const KILLS: usize = 10;
    let (dir, mut host) = hosted();
    let code = invite(dir.path()).remove(0);
    let full: JoinCode = code.parse().expect("the full code");
    let addr = full.addrs[0].to_string();
    let state = tempfile::tempdir().expect("state folder");
    let mut ana = join(dir.path(), state.path(), &code, "Ana");
    ana.wait_shown("joined the room as note-taker");
    ana.type_keys(b"n");
    ana.wait_shown("New note");
    let mut rng = fastrand::Rng::with_seed(11);
    let mut typed = Vec::new();
    for kill in 0..KILLS {
        // Notes typed at a person's pace, the host killed at a random moment among them.
        for n in 0..3 {
            let text = format!("note-{kill}-{n}");
            ana.type_keys(format!("{text}\r").as_bytes());
            typed.push(text);
            std::thread::sleep(Duration::from_millis(rng.u64(0..60)));
        }
        host.sigkill();
        host = Session::start_sized(dir.path(), &["resume", "rec", "--host", &addr], 120, 30);
        // Its footer may already tell of Ana coming back: the tabs say the screen is up.
        host.wait_shown("Notes   Proposals");
    }
    let want: Vec<&str> = typed.iter().map(String::as_str).collect();
    let notes = wait_on_disk(dir.path(), &want);
    assert_eq!(
        notes.len(),
        typed.len(),
        "no note twice, none invented: {notes:?}"
    );
    ana.wait_shown("✓ saved");
}

#[test]
fn the_short_code_alone_finds_the_host_by_mdns_and_joins() {
    // mDNS on a port of the test's own, loopback only: nothing reaches the machine's network.
    let port = std::net::UdpSocket::bind("127.0.0.1:0")
        .expect("a free port")
        .local_addr()
        .expect("its address")
        .port()
        .to_string();
    let mdns = [("PLENARY_MDNS_LOOPBACK_PORT", port.as_str())];
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("small.ron"), common::SMALL).expect("agenda");
    let host = Session::start_with(
        dir.path(),
        &[
            "run",
            "small.ron",
            "--record",
            "rec",
            "--host",
            "127.0.0.1:0",
        ],
        120,
        30,
        &mdns,
    );
    host.wait_shown("note-takers: plenary join");
    let identity = HostIdentity::load(&dir.path().join("rec")).expect("the identity");
    let short = identity.short_code.to_string();
    let state = tempfile::tempdir().expect("state folder");
    let state = state.path().to_str().expect("UTF-8").to_owned();
    let mut ana = Session::start_with(
        dir.path(),
        &["join", &short, "--name", "Ana"],
        100,
        30,
        &[mdns[0], ("XDG_STATE_HOME", state.as_str())],
    );
    ana.wait_shown("joined the room as note-taker");
    ana.type_keys(b"nFound-by-mdns\r");
    wait_on_disk(dir.path(), &["Found-by-mdns"]);
}

#[test]
fn the_short_code_alone_with_no_host_announced_says_to_type_the_address() {
    let port = std::net::UdpSocket::bind("127.0.0.1:0")
        .expect("a free port")
        .local_addr()
        .expect("its address")
        .port();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = Command::cargo_bin("plenary")
        .expect("the binary")
        .current_dir(dir.path())
        .args(["join", "42-amber-river"])
        .env("PLENARY_MDNS_LOOPBACK_PORT", port.to_string())
        .env("XDG_STATE_HOME", dir.path())
        .output()
        .expect("join runs");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no host answered on this network"), "{err}");
    assert!(err.contains("42-amber-river@192.168.1.5:7878"), "{err}");
}

#[test]
fn the_phone_pages_token_does_not_open_the_writers_door() {
    let (dir, _host) = hosted();
    let lines = invite(dir.path());
    let full: JoinCode = lines[0].parse().expect("the full code");
    // The read token of the phone page's URL, tried as a writer's token.
    let phone = lines[1].rsplit('/').next().expect("the URL's token");
    let bytes: Vec<u8> = (0..phone.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&phone[i..i + 2], 16).expect("hex"))
        .collect();
    let token = plenary::room_net::Secret(bytes.try_into().expect("128 bits"));
    assert_ne!(token, full.token);
    let code = JoinCode { token, ..full }.to_string();
    let out = Command::cargo_bin("plenary")
        .expect("the binary")
        .current_dir(dir.path())
        .args(["join", &code])
        .env("XDG_STATE_HOME", dir.path().join("state"))
        .env("TERM", "xterm")
        .timeout(Duration::from_secs(30))
        .output()
        .expect("join runs");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("the host refused this laptop"), "{err}");
    assert!(notes_on_disk(dir.path()).is_empty());
    let roster =
        std::fs::read_to_string(dir.path().join("rec").join("writers.json")).unwrap_or_default();
    assert!(!roster.contains("note-taker\""), "{roster}");
}

/// A morning with two working groups in parallel, in rooms of their own.
const GROUPS: &str = r#"(
    title: "Members' strategy meeting",
    days: [(date: "2018-07-23", sessions: [
        (id: "open", title: "Opening", start: "09:00", minutes: 30),
        (id: "land", title: "Land rights", track: "Land", room: "Room B", minutes: 60),
        (id: "water", title: "Water campaign", track: "Water", room: "Garden", minutes: 60),
        (id: "report", title: "Report-back", minutes: 30),
    ])],
)"#;

#[test]
fn a_note_taker_chooses_their_working_group_and_the_notes_go_to_its_session() {
    let (dir, host) = hosted_with(GROUPS);
    let lines = invite(dir.path());
    let states = tempfile::tempdir().expect("state folders");
    let mut ana = join(dir.path(), &states.path().join("ana"), &lines[0], "Ana");
    ana.wait_shown("joined the room as note-taker");
    host.wait_shown("joined as note-taker");
    // On her own laptop, Ana chooses the water group (the third line after the room's).
    ana.type_keys(b"G");
    ana.wait_shown("Capture into which group?");
    ana.type_keys(b"\x1b[B\x1b[B\r");
    ana.wait_shown("capturing into Water: Water campaign");
    ana.type_keys(b"nWells-mapped-by-the-water-group\r");
    ana.wait_shown("note sent to the host");
    wait_on_disk(dir.path(), &["Wells-mapped-by-the-water-group"]);
    let record = plenary::store::load(&dir.path().join("rec"))
        .expect("the record")
        .live
        .record;
    let note = record.notes.last().expect("the note");
    assert_eq!(note.session, "water");
    // Her choice is her laptop's: the room has not moved.
    assert_eq!(record.current, None);
}

/// A laptop joining with `code` and no `--name`, its state in `state`, its config folder
/// `config` (`XDG_CONFIG_HOME`) and `PLENARY_NAME` as given (empty reads as unset).
fn join_unnamed(dir: &Path, state: &Path, config: &Path, code: &str, name_var: &str) -> Session {
    Session::start_with(
        dir,
        &["join", code],
        100,
        30,
        &[
            ("XDG_STATE_HOME", state.to_str().expect("a UTF-8 path")),
            ("XDG_CONFIG_HOME", config.to_str().expect("a UTF-8 path")),
            ("PLENARY_NAME", name_var),
        ],
    )
}

#[test]
fn the_note_takers_name_comes_from_the_config_file_or_plenary_name() {
    let (dir, host) = hosted();
    let code = invite(dir.path()).remove(0);
    let laptops = tempfile::tempdir().expect("laptops' folders");
    // Both laptops' config files name Dina; the second's environment says Carla.
    let config = laptops.path().join("config");
    std::fs::create_dir_all(config.join("plenary")).expect("a config folder");
    std::fs::write(
        config.join("plenary").join("config.ron"),
        "(name: \"Dina\")\n",
    )
    .expect("the config file");
    let dina = join_unnamed(dir.path(), &laptops.path().join("dina"), &config, &code, "");
    dina.wait_shown("joined the room as note-taker");
    host.wait_shown("Dina joined as note-taker");
    let carla = join_unnamed(
        dir.path(),
        &laptops.path().join("carla"),
        &config,
        &code,
        "Carla",
    );
    carla.wait_shown("joined the room as note-taker");
    host.wait_shown("Carla joined as note-taker");
    // The host's roster of writers holds each laptop under the name it came with.
    let roster =
        std::fs::read_to_string(dir.path().join("rec").join("writers.json")).expect("the roster");
    assert_eq!(roster.matches("\"Dina\"").count(), 1, "{roster}");
    assert_eq!(roster.matches("\"Carla\"").count(), 1, "{roster}");
    assert!(
        !roster.contains("\"note-taker\""),
        "no laptop went unnamed: {roster}"
    );
}
