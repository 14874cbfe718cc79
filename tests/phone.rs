//! The phone page over real loopback sockets: the read token, read-only routes, server-sent
//! events (the full state on connect and on reconnect, coalesced updates), Chatham House
//! rules, the page in headless Chromium with every other host cut off, and `--host` through
//! the real binary in a pseudo-terminal.

mod common;
mod devtools;
mod outcomes;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use common::programs::{CHROMIUM_FLAGS, program};
use common::{SMALL, small_agenda};
use devtools::Browser;
use plenary::core::agenda::Agenda;
use plenary::core::history::{Change, Live};
use plenary::core::op::Op;
use plenary::core::record::{Decision, Record};
use plenary::example::{DURBAN_AGENDA, durban_script};
use plenary::export::phone::phone_json;
use plenary::phone::{Bound, PhoneHost};
use plenary::store::Store;
use plenary::store::agenda_file::parse_agenda;
use plenary::tui::hosting::Hosting;

fn loopback() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

fn host(state: &str) -> PhoneHost {
    PhoneHost::start(loopback(), state.to_owned()).expect("the server starts on loopback")
}

/// One HTTP/1.1 request over a fresh connection: the status and the body.
fn request(addr: SocketAddr, method: &str, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let body = if method == "GET" { "" } else { "{\"x\":1}" };
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: phone\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .expect("send");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("read the answer");
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {answer:?}"));
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// A phone following the event stream.
struct Phone {
    lines: BufReader<TcpStream>,
}

impl Phone {
    fn connect(host: &PhoneHost) -> Phone {
        let mut stream = TcpStream::connect(host.addr()).expect("connect");
        write!(
            stream,
            "GET {}/events HTTP/1.1\r\nHost: phone\r\nAccept: text/event-stream\r\n\r\n",
            host.path()
        )
        .expect("send");
        let mut lines = BufReader::new(stream);
        let mut status = String::new();
        lines.read_line(&mut status).expect("status line");
        assert!(status.starts_with("HTTP/1.1 200"), "{status}");
        loop {
            let mut header = String::new();
            lines.read_line(&mut header).expect("a header");
            if header == "\r\n" {
                break;
            }
        }
        Phone { lines }
    }

    /// The data of the next `state` event, or None when none comes within `wait`.
    fn next_state(&mut self, wait: Duration) -> Option<String> {
        let deadline = Instant::now() + wait;
        let (mut event, mut data) = (String::new(), String::new());
        loop {
            let left = deadline.checked_duration_since(Instant::now())?;
            self.lines
                .get_mut()
                .set_read_timeout(Some(left.max(Duration::from_millis(1))))
                .expect("timeout");
            let mut line = String::new();
            match self.lines.read_line(&mut line) {
                Ok(0) | Err(_) => return None,
                Ok(_) => {}
            }
            // The body is chunked: chunk sizes and blank lines come between event lines.
            let line = line.trim_end_matches(['\r', '\n']);
            if let Some(name) = line.strip_prefix("event: ") {
                event = name.to_owned();
            } else if let Some(d) = line.strip_prefix("data: ") {
                data.push_str(d);
            } else if line.is_empty() && event == "state" && !data.is_empty() {
                return Some(data);
            }
        }
    }
}

#[test]
fn a_wrong_token_or_path_is_not_found() {
    let host = host("{\"n\":0}");
    let addr = host.addr();
    let token = host.path();
    let wrong = format!("/{}", "0".repeat(32));
    let short = &token[..token.len() - 1];
    for path in [
        "/".to_owned(),
        "/favicon.ico".to_owned(),
        wrong.clone(),
        format!("{wrong}/state"),
        format!("{wrong}/events"),
        short.to_owned(),
        format!("{short}/state"),
        format!("{token}0"),
        format!("{token}/other"),
        format!("{token}/state/more"),
    ] {
        assert_eq!(request(addr, "GET", &path).0, 404, "{path}");
    }
    assert_eq!(request(addr, "GET", &token).0, 200);
    assert_eq!(
        request(addr, "GET", &format!("{token}/state")),
        (200, "{\"n\":0}".to_owned())
    );
    assert_eq!(host.seen().refused(), 10);
}

#[test]
fn the_page_is_self_contained_and_held_to_its_own_origin() {
    let host = host("{}");
    let mut stream = TcpStream::connect(host.addr()).expect("connect");
    write!(
        stream,
        "GET {} HTTP/1.1\r\nHost: phone\r\nConnection: close\r\n\r\n",
        host.path()
    )
    .expect("send");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("the page");
    let (head, page) = answer.split_once("\r\n\r\n").expect("a head and a body");
    let head = head.to_ascii_lowercase();
    // The browser refuses, for this page, any request but to its own origin.
    assert!(
        head.contains("content-security-policy: default-src 'none';")
            && head.contains("connect-src 'self'")
            && head.contains("referrer-policy: no-referrer")
            && head.contains("cache-control: no-store"),
        "{head}"
    );
    let document = scraper::Html::parse_document(page);
    let linked = scraper::Selector::parse("[src], [href]").expect("a selector");
    for element in document.select(&linked) {
        for attribute in ["src", "href"] {
            if let Some(target) = element.value().attr(attribute) {
                assert!(target.starts_with("data:"), "{attribute}={target}");
            }
        }
    }
    assert!(
        !page.contains("://") && !page.contains("@import"),
        "an address in the page"
    );
}

#[test]
fn nothing_but_get_is_answered() {
    let host = host("{\"n\":1}");
    let addr = host.addr();
    let token = host.path();
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
        for path in [
            token.clone(),
            format!("{token}/state"),
            format!("{token}/events"),
        ] {
            assert_eq!(request(addr, method, &path).0, 405, "{method} {path}");
        }
        // A wrong token learns nothing more from another method.
        assert_eq!(request(addr, method, "/nope").0, 404);
    }
    assert_eq!(
        request(addr, "GET", &format!("{token}/state")).1,
        "{\"n\":1}",
        "nothing sent changed the state"
    );
}

#[test]
fn events_give_the_full_state_on_connect_and_after_a_reconnect() {
    let host = host("{\"n\":1}");
    let mut phone = Phone::connect(&host);
    let wait = Duration::from_secs(10);
    assert_eq!(phone.next_state(wait).as_deref(), Some("{\"n\":1}"));
    host.publish("{\"n\":2}".to_owned());
    assert_eq!(phone.next_state(wait).as_deref(), Some("{\"n\":2}"));
    drop(phone);
    host.publish("{\"n\":3}".to_owned());
    let mut again = Phone::connect(&host);
    assert_eq!(again.next_state(wait).as_deref(), Some("{\"n\":3}"));
    let mut other = Phone::connect(&host);
    assert_eq!(other.next_state(wait).as_deref(), Some("{\"n\":3}"));
    assert_eq!(host.seen().streams(), 3);
}

#[test]
fn many_updates_reach_a_phone_at_most_twice_a_second_and_the_last_always() {
    let host = host("{\"n\":0}");
    let mut phone = Phone::connect(&host);
    assert_eq!(
        phone.next_state(Duration::from_secs(10)).as_deref(),
        Some("{\"n\":0}")
    );
    let started = Instant::now();
    let last = 200;
    std::thread::scope(|scope| {
        scope.spawn(|| {
            for n in 1..=last {
                host.publish(format!("{{\"n\":{n}}}"));
                std::thread::sleep(Duration::from_millis(5));
            }
        });
        let mut received = Vec::new();
        while let Some(state) = phone.next_state(Duration::from_secs(10)) {
            received.push(state);
            if received.last().map(String::as_str) == Some(&format!("{{\"n\":{last}}}")) {
                break;
            }
        }
        let took = started.elapsed().as_secs_f64();
        assert_eq!(
            received.last(),
            Some(&format!("{{\"n\":{last}}}")),
            "the last update arrives"
        );
        // Updates leave at least half a second apart: in `took` seconds, at most one at the
        // start and two a second after it (a slower machine only sends fewer).
        let most = (took * 2.0).floor() as usize + 1;
        assert!(
            received.len() <= most,
            "{} updates in {took:.2} s: {received:?}",
            received.len()
        );
        let numbers: Vec<u32> = received
            .iter()
            .map(|s| s[5..s.len() - 1].parse().expect("a number"))
            .collect();
        assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{numbers:?}");
    });
    // Nothing changed since: nothing more is sent.
    assert_eq!(phone.next_state(Duration::from_millis(800)), None);
}

#[test]
fn a_connection_accepted_elsewhere_is_served() {
    let host = host("{\"n\":7}");
    let listener = std::net::TcpListener::bind(loopback()).expect("bind");
    let addr = listener.local_addr().expect("address");
    let client = std::thread::spawn(move || request(addr, "GET", "/nope"));
    let (stream, _) = listener.accept().expect("accept");
    host.serve(stream).expect("handed over");
    assert_eq!(
        client.join().expect("the client"),
        (404, "not found\n".to_owned())
    );
    let token = host.path();
    let client = std::thread::spawn(move || request(addr, "GET", &format!("{token}/state")));
    let (stream, _) = listener.accept().expect("accept");
    host.serve(stream).expect("handed over");
    assert_eq!(
        client.join().expect("the client"),
        (200, "{\"n\":7}".to_owned())
    );
}

/// The Durban meeting as the example script leaves it, its agenda changed by `change`.
fn durban_with(change: impl FnOnce(&mut Agenda)) -> Record {
    let (mut agenda, _) =
        parse_agenda("durban-2018.ron", DURBAN_AGENDA.as_bytes()).expect("the bundled agenda");
    change(&mut agenda);
    let mut live = Live::new(Record::new(agenda));
    for change in durban_script() {
        live.apply(&change).expect("the script applies");
    }
    live.record
}

fn now() -> chrono::NaiveDateTime {
    common::at(60 * 24 * 3)
}

#[test]
fn under_chatham_house_rules_no_participant_is_named() {
    let record = durban_with(|agenda| agenda.chatham_house = true);
    let names: Vec<String> = record
        .plan
        .participants
        .iter()
        .map(|p| p.name.clone())
        .collect();
    assert!(names.len() > 10);
    let host = host(&phone_json(&record, now()));
    let (_, json) = request(host.addr(), "GET", &format!("{}/state", host.path()));
    let (_, page) = request(host.addr(), "GET", &host.path());
    let mut events = Phone::connect(&host);
    let streamed = events
        .next_state(Duration::from_secs(10))
        .expect("the state");
    assert!(
        json.contains("STRATEGIES") && json.contains("RESOLUTIONS"),
        "{json}"
    );
    for name in &names {
        for (what, text) in [("JSON", &json), ("page", &page), ("events", &streamed)] {
            assert!(!text.contains(name.as_str()), "{name} is in the {what}");
        }
    }
    // The same meeting outside Chatham House names action owners, as the summary does.
    let open = phone_json(&durban_with(|_| {}), now());
    assert!(names.iter().any(|n| open.contains(n.as_str())), "{open}");
}

#[test]
fn the_view_holds_the_day_the_current_session_and_the_outcomes() {
    let record = durban_with(|_| {});
    let view: serde_json::Value = serde_json::from_str(&phone_json(&record, now())).expect("JSON");
    let day = &view["day"];
    assert!(day["label"].as_str().is_some_and(|l| l.starts_with("Day ")));
    let sessions = day["sessions"].as_array().expect("sessions");
    assert_eq!(
        sessions.iter().filter(|s| s["current"] == true).count(),
        1,
        "{day}"
    );
    let titles: Vec<&str> = view["outcomes"]
        .as_array()
        .expect("outcomes")
        .iter()
        .filter_map(|o| o["title"].as_str())
        .collect();
    assert_eq!(
        titles,
        ["DECIDED", "STRATEGIES", "RESOLUTIONS", "NEXT STEPS"]
    );
    let current = &view["current"];
    assert!(
        current["title"].is_string() && current["elapsed_secs"].is_i64(),
        "{current}"
    );
}

/// A record of the small agenda in `dir`, hosted on loopback.
fn hosted(dir: &std::path::Path) -> (Store, Live, Hosting) {
    let opened = Store::create(dir, SMALL, small_agenda()).expect("a new record");
    let hosting = Hosting::new(host("{}"));
    (opened.store, opened.live, hosting)
}

#[test]
fn the_page_in_chromium_shows_a_decision_recorded_after_it_connected() {
    let Some(chromium) = program(
        "chromium",
        "chromium",
        "the_page_in_chromium_shows_a_decision_recorded_after_it_connected",
    ) else {
        return;
    };
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (mut store, mut live, mut hosting) = hosted(&dir.path().join("record"));
    hosting.follow(&live.record, store.changes(), now());
    // A port nothing listens on, for a proxy that cannot be reached.
    let closed = std::net::TcpListener::bind(loopback())
        .and_then(|l| l.local_addr())
        .expect("a free port");
    let profile = tempfile::tempdir().expect("a profile folder");
    let mut flags: Vec<String> = CHROMIUM_FLAGS.iter().map(|f| (*f).to_owned()).collect();
    flags.extend([
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1".to_owned(),
        format!("--proxy-server=http://{closed}"),
        "--proxy-bypass-list=127.0.0.1".to_owned(),
        format!("--user-data-dir={}", profile.path().display()),
        "--window-size=360,800".to_owned(),
    ]);
    let mut browser = Browser::open(&chromium, &flags, hosting.url());
    // The page shows "live" once its event stream gave it the state.
    let text = wait_for_text(&mut browser, "live");
    assert!(
        text.contains("Test meeting") && !text.contains("First proposal"),
        "{text}"
    );
    let proposal = live
        .record
        .proposals
        .iter()
        .find(|p| p.title == "First proposal")
        .map(|p| p.id)
        .expect("the agenda's proposal");
    let decide = Change::Do(Op::Decide {
        proposal,
        decision: Decision::Selected,
        session: None,
    });
    store
        .commit(&mut live, &decide)
        .expect("the decision is saved");
    hosting.follow(&live.record, store.changes(), now());
    let recorded = Instant::now();
    let text = wait_for_text(&mut browser, "Selected: First proposal");
    eprintln!(
        "the page showed the decision {} ms after it was saved",
        recorded.elapsed().as_millis()
    );
    assert!(text.contains("DECIDED"), "{text}");
    let seen = hosting.host().seen();
    assert_eq!(seen.pages(), 1);
    assert_eq!(
        seen.refused(),
        0,
        "the page asked for something not its own"
    );
    // The host goes away: the page says so, and keeps what it showed.
    let addr = hosting.host().addr();
    let token = hosting.host().path()[1..].to_owned();
    drop(hosting);
    let text = wait_for_text(&mut browser, "offline — reconnecting");
    assert!(text.contains("Selected: First proposal"), "{text}");
    // The host is back on its port with the record's token, the record having moved on: the
    // page reconnects by itself and gets the full state.
    let park = Change::Do(Op::Decide {
        proposal: second_proposal(&live.record),
        decision: Decision::Parked("continues as existing work".to_owned()),
        session: None,
    });
    store.commit(&mut live, &park).expect("saved");
    let back = Bound::bind(addr)
        .and_then(|bound| bound.serve(token, phone_json(&live.record, now())))
        .expect("the host again");
    let text = wait_for_text(&mut browser, "Continues as existing work: Second proposal");
    assert!(text.contains("live") && !text.contains("offline"), "{text}");
    assert_eq!((back.seen().pages(), back.seen().refused()), (0, 0));
    assert_eq!(back.seen().streams(), 1);
}

fn second_proposal(record: &Record) -> plenary::core::record::Id {
    record
        .proposals
        .iter()
        .find(|p| p.title == "Second proposal")
        .map(|p| p.id)
        .expect("the agenda's proposal")
}

/// The page's text once it holds `wanted`; panics with what it shows after 20 seconds.
fn wait_for_text(browser: &mut Browser, wanted: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let text = browser.text();
        if text.contains(wanted) {
            return text;
        }
        assert!(
            Instant::now() < deadline,
            "the page never showed {wanted:?}:\n{text}"
        );
        std::thread::sleep(Duration::from_millis(25));
    }
}

#[test]
fn host_shows_the_url_and_the_page_is_served() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join("small.ron"), SMALL).expect("the agenda");
    let session = common::pty::Session::start_sized(
        dir.path(),
        &[
            "run",
            "small.ron",
            "--record",
            "rec",
            "--host",
            "127.0.0.1:0",
        ],
        100,
        30,
    );
    let url = shown_url(&session);
    let (addr, path) = url.split_once('/').expect("address and path");
    let addr: SocketAddr = addr.parse().expect("an address");
    let (status, page) = request(addr, "GET", &format!("/{path}"));
    assert_eq!(status, 200);
    assert!(page.contains("<title>") && page.contains("EventSource"));
    let (status, state) = request(addr, "GET", &format!("/{path}/state"));
    assert_eq!(status, 200);
    assert!(state.contains("\"title\":\"Test meeting\""), "{state}");
    // Resumed, the record serves the page at the same path: phones that had it come back.
    let mut session = session;
    session.type_keys(b"q");
    session.child.wait().expect("plenary quits");
    let resumed = common::pty::Session::start_sized(
        dir.path(),
        &["resume", "rec", "--host", "127.0.0.1:0"],
        100,
        30,
    );
    let again = shown_url(&resumed);
    assert_eq!(again.split_once('/').map(|(_, p)| p), Some(path));
}

/// The phone page's URL the screen shows, without its scheme.
fn shown_url(session: &common::pty::Session) -> String {
    session.wait_for("phones: http://127.0.0.1:");
    let shown = String::from_utf8_lossy(&session.screen.lock().expect("screen")).into_owned();
    shown
        .split("phones: http://")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("the URL")
        .to_owned()
}

/// The rows of the screen that are a code: only blocks and spaces, with a block.
fn code_on(screen: &mut common::screen::Screen) -> Vec<String> {
    let buffer = screen.terminal.backend().buffer().clone();
    let rows = (0..buffer.area.height).map(|y| {
        (0..buffer.area.width)
            .map(|x| outcomes::cell_as_printed(&buffer[(x, y)]))
            .collect::<String>()
    });
    let is_code =
        |row: &String| row.contains(['▀', '▄', '█']) && row.chars().all(|c| " ▀▄█".contains(c));
    rows.filter(is_code).collect()
}

#[test]
fn the_qr_screen_shows_the_phone_page_first_when_hosting() {
    let mut screen = common::screen::Screen::new(100, 40);
    screen.app.hosting = Some(Hosting::new(host("{}")));
    let url = screen
        .app
        .hosting
        .as_ref()
        .map(|h| h.url().to_owned())
        .expect("hosting");
    screen.keys("action: share the survey results<Enter><Esc>O");
    let text = screen.text();
    assert!(text.contains("Phone page") && text.contains(&url), "{text}");
    let code = code_on(&mut screen);
    let lines: Vec<&str> = code.iter().map(String::as_str).collect();
    assert_eq!(outcomes::decode_half_blocks(&lines, false), url);
    let follower = |screen: &common::screen::Screen| screen.app.shown().qr.map(|q| q.part);
    // A follower on the wall has no phone page: it shows the text codes only.
    assert_eq!(follower(&screen), Some(0));
    // Then the text codes, as without hosting.
    screen.keys("n");
    assert_eq!(
        follower(&screen),
        Some(0),
        "the wall shows the same text code"
    );
    let text = screen.text();
    assert!(
        text.contains("outcomes 1/1") && !text.contains("Phone page"),
        "{text}"
    );
    screen.keys("nnp");
    assert!(screen.text().contains("Phone page"));
}

#[test]
fn the_qr_screen_shows_the_join_code_after_the_phone_page_when_hosting_the_room() {
    let mut screen = common::screen::Screen::new(120, 50);
    let rec = screen.dir.path().join("rec");
    let doorway =
        plenary::room::Doorway::bind("127.0.0.1:0".parse().expect("an address")).expect("a port");
    let hosting = Hosting::start(&rec, doorway).expect("hosting the room");
    let short = hosting.join_code().expect("a join code").to_owned();
    screen.app.hosting = Some(hosting);
    screen.keys("O");
    assert!(screen.text().contains("Phone page"));
    screen.keys("n");
    let text = screen.text();
    assert!(
        text.contains(&format!("Note-takers · plenary join {short}")),
        "{text}"
    );
    // The code is the full join code of the record's own identity.
    let code = code_on(&mut screen);
    let lines: Vec<&str> = code.iter().map(String::as_str).collect();
    let full: plenary::room_net::JoinCode = outcomes::decode_half_blocks(&lines, false)
        .parse()
        .expect("a full join code");
    let identity = plenary::room_net::HostIdentity::load(&rec).expect("the identity");
    assert_eq!(full.fingerprint, identity.fingerprint());
    assert_eq!(full.token, identity.token);
    assert!(
        short.starts_with(&identity.short_code.to_string()),
        "{short}"
    );
    // Then the outcomes, and back round to the phone page.
    screen.keys("n");
    assert!(screen.text().contains("outcomes 1/1"), "{}", screen.text());
    screen.keys("pp");
    assert!(screen.text().contains("Phone page"));
}

/// What the phone page and its state must say in each language: the status before the first
/// state, the page's "live", the current day's label and how it stands, the first outcomes'
/// heading, and the kind of the current session (the day, opened later, was held; it starts
/// with a break).
struct Said {
    language: plenary::lang::Language,
    connecting: &'static str,
    live: &'static str,
    day: &'static str,
    summary: &'static str,
    decided: &'static str,
    kind: &'static str,
}

const SAID: [Said; 4] = [
    Said {
        language: plenary::lang::Language::English,
        connecting: "connecting…",
        live: "live",
        day: "Day 1 — Sunday 22 July 2018",
        summary: "held on 22 Jul 2018",
        decided: "DECIDED",
        kind: "break",
    },
    Said {
        language: plenary::lang::Language::Spanish,
        connecting: "conectando…",
        live: "en directo",
        day: "Día 1 — domingo, 22 de julio de 2018",
        summary: "celebrada el 22 jul 2018",
        decided: "DECISIONES",
        kind: "pausa",
    },
    Said {
        language: plenary::lang::Language::French,
        connecting: "connexion…",
        live: "en direct",
        day: "Jour 1 — dimanche 22 juillet 2018",
        summary: "tenue le 22 juil. 2018",
        decided: "DÉCISIONS",
        kind: "pause",
    },
    Said {
        language: plenary::lang::Language::Arabic,
        connecting: "جارٍ الاتصال…",
        live: "مباشر",
        day: "اليوم 1 — الأحد، 22 يوليو 2018",
        summary: "عُقد في 22 يوليو 2018",
        decided: "المقررات",
        kind: "استراحة",
    },
];

#[test]
fn the_page_and_its_state_are_in_the_meetings_language() {
    for said in &SAID {
        let language = said.language;
        let code = language.code();
        let record = durban_with(|agenda| agenda.language = Some(language));
        let json = phone_json(&record, now());
        let host = host(&json);
        let (status, page) = request(host.addr(), "GET", &host.path());
        assert_eq!(status, 200, "{code}");
        common::pages::no_label_ids_in(&page, code);
        common::pages::no_label_ids_in(&json, code);
        assert!(
            !page.contains("{{"),
            "{code}: a placeholder left in the page"
        );
        let document = scraper::Html::parse_document(&page);
        assert!(document.errors.is_empty(), "{code}: {:?}", document.errors);
        let root = document.root_element().value();
        assert_eq!(root.attr("lang"), Some(code));
        assert_eq!(
            root.attr("dir"),
            language.is_rtl().then_some("rtl"),
            "{code}"
        );
        let one = |selector: &str| {
            let selector = scraper::Selector::parse(selector).expect("a selector");
            let found = document.select(&selector).next();
            found
                .map(|e| e.text().collect::<String>())
                .unwrap_or_default()
        };
        assert_eq!(one("#status"), said.connecting, "{code}");
        let words: serde_json::Value = serde_json::from_str(&one("#words")).expect("JSON words");
        assert_eq!(words["live"], said.live, "{code}");
        for timed in ["left", "over"] {
            let word = words[timed].as_str().unwrap_or_default();
            assert!(word.contains("{time}") && word.len() > 8, "{code}: {word}");
        }
        let view: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        assert_eq!(view["lang"], code);
        assert_eq!(view["day"]["label"], said.day, "{code}");
        assert_eq!(view["day"]["summary"], said.summary, "{code}");
        assert_eq!(view["outcomes"][0]["title"], said.decided, "{code}");
        assert_eq!(
            view["current"]["kind"], said.kind,
            "{code}: {}",
            view["current"]
        );
        // The sessions' states are words of the language; what the page styles by is not.
        let states: Vec<(&str, &str)> = view["day"]["sessions"]
            .as_array()
            .expect("sessions")
            .iter()
            .map(|s| {
                (
                    s["state"].as_str().unwrap_or_default(),
                    s["run"].as_str().unwrap_or_default(),
                )
            })
            .collect();
        assert!(
            states.iter().any(|&(_, run)| run == "done"),
            "{code}: {states:?}"
        );
        for (state, run) in states {
            assert!(
                ["pending", "running", "paused", "done", "skipped"].contains(&run),
                "{code}: {run}"
            );
            if language != plenary::lang::Language::English {
                assert_ne!(state, run, "{code}: {state} is not in the language");
            }
        }
    }
}

#[test]
fn the_page_in_chromium_speaks_the_meetings_language_even_when_first_served_in_english() {
    let Some(chromium) = program(
        "chromium",
        "chromium",
        "the_page_in_chromium_speaks_the_meetings_language_even_when_first_served_in_english",
    ) else {
        return;
    };
    // The host starts before the meeting's state reaches it, as the screen's does.
    let hosting = Hosting::new(host(&phone_json(&durban_with(|_| {}), now())));
    let profile = tempfile::tempdir().expect("a profile folder");
    let mut flags: Vec<String> = CHROMIUM_FLAGS.iter().map(|f| (*f).to_owned()).collect();
    flags.extend([
        format!("--user-data-dir={}", profile.path().display()),
        "--window-size=360,800".to_owned(),
    ]);
    let mut browser = Browser::open(&chromium, &flags, hosting.url());
    let text = wait_for_text(&mut browser, "DECIDED");
    assert!(
        text.contains("DAY 1") && text.contains("held on 22 Jul 2018"),
        "{text}"
    );
    let arabic = durban_with(|agenda| agenda.language = Some(plenary::lang::Language::Arabic));
    hosting.host().publish(phone_json(&arabic, now()));
    // The page loads itself again in Arabic and follows the state from there.
    let text = wait_for_text(&mut browser, "المقررات");
    for word in ["اليوم 1", "عُقد في 22 يوليو 2018", "مباشر"] {
        let text = wait_for_text(&mut browser, word);
        assert!(
            !text.contains("DECIDED") && !text.contains("live"),
            "{text}"
        );
    }
    assert!(text.contains("الاستراتيجيات"), "{text}");
    assert_eq!(
        hosting.host().seen().pages(),
        2,
        "served once in each language"
    );
}
