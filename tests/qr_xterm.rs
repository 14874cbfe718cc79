//! The QR screen as a real terminal draws it (issue 13, the wall): plenary resumes the bundled
//! Durban record in xterm with a TrueType font (DejaVu Sans Mono) under Xvfb, `O` opens the
//! outcome codes, and screenshots of the window at three font sizes, each in a terminal big
//! enough for whole-cell modules and in one small enough for half blocks, decode with zbar and
//! zxing to exactly the parts the core says the codes hold; so does a half-size blurred copy of
//! every screenshot, as a phone at the back of the room sees it. Glyph-drawn modules that a
//! font makes uneven or gapped decode in our own rqrr tests but not with these decoders, which
//! is why the test looks at pixels and not at cells.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::programs::{file, program};
use plenary::export::{Options, qr};
use plenary::store::Store;

const TEST: &str = "qr_xterm";

/// The font sizes xterm draws in, in points.
const SIZES: [u32; 3] = [10, 14, 18];

/// How long a screen may take to show what the test waits for: generous, since `cargo test`
/// runs the other test binaries beside it on a loaded machine; a bound, not a budget.
const DEADLINE: Duration = Duration::from_secs(60);

/// The programs the test drives, each from Debian's packages.
struct Tools {
    xvfb: PathBuf,
    xterm: PathBuf,
    xdotool: PathBuf,
    import: PathBuf,
    convert: PathBuf,
    zbarimg: PathBuf,
    zxing: PathBuf,
}

impl Tools {
    /// Every program and the font, or None (after saying why) when one is missing.
    fn find() -> Option<Tools> {
        let tools = Tools {
            xvfb: program("Xvfb", "xvfb", TEST)?,
            xterm: program("xterm", "xterm", TEST)?,
            xdotool: program("xdotool", "xdotool", TEST)?,
            import: program("import", "imagemagick", TEST)?,
            convert: program("convert", "imagemagick", TEST)?,
            zbarimg: program("zbarimg", "zbar-tools", TEST)?,
            zxing: program("ZXingReader", "zxing-cpp-tools", TEST)?,
        };
        // xterm finds the font by name through fontconfig; the file is what the package installs.
        file(
            "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
            "fonts-dejavu-core",
            TEST,
        )?;
        Some(tools)
    }
}

/// A process the test started, ended on every way out of the test, a failed assertion included.
struct Running {
    child: Child,
}

impl Drop for Running {
    fn drop(&mut self) {
        // SIGTERM first, so xterm hangs up on plenary and Xvfb removes its lock file.
        if let Ok(pid) = libc::pid_t::try_from(self.child.id()) {
            // SAFETY: kill(2) on our own child's pid, which is not reaped before the wait below.
            unsafe { libc::kill(pid, libc::SIGTERM) };
        }
        let until = Instant::now() + Duration::from_secs(3);
        while Instant::now() < until {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts Xvfb on a display it picks itself (`-displayfd`, so parallel runs never collide) and
/// returns it once it takes connections.
fn xvfb(tools: &Tools) -> (Running, String) {
    let mut child = Command::new(&tools.xvfb)
        .args(["-displayfd", "1", "-screen", "0", "2400x2400x24"])
        .args(["-nolisten", "tcp"])
        // Without it the server resets when its last client leaves, between two terminals,
        // and an xterm connecting during the reset is refused (exit 1) on a loaded machine.
        .arg("-noreset")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start Xvfb");
    let stdout = child.stdout.take().expect("Xvfb's stdout");
    let running = Running { child };
    // Xvfb writes the display's number once it is ready for clients.
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = send.send(line);
    });
    let line = receive
        .recv_timeout(Duration::from_secs(20))
        .expect("Xvfb says its display within 20 s");
    let number = line.trim();
    assert!(
        !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()),
        "Xvfb's display: {line:?}"
    );
    (running, format!(":{number}"))
}

/// The two ways the QR screen draws a module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layout {
    /// Two whole cells of one row, painted by background.
    Whole,
    /// Half blocks, two modules to a cell.
    Half,
}

/// One code the test looks for: a part of the outcomes and its size.
struct Part {
    /// From 1, as the screen numbers it.
    number: usize,
    payload: String,
    /// Modules a side without the quiet zone, and with it.
    size: usize,
    framed: usize,
}

/// What the core says the QR screen's codes hold for `record`, with the rows the screen
/// takes around a code (the title, the note of what no code holds, the help line).
fn expected(record: &Path) -> (Vec<Part>, u16) {
    let opened = Store::open(record).expect("the copy of the example record opens");
    let fitted = qr::outcomes(&opened.live.record, None, &Options::default())
        .expect("the meeting")
        .expect("the outcomes fit their codes");
    let around = 2 + u16::from(fitted.left_out.is_some());
    let parts = fitted
        .parts
        .iter()
        .enumerate()
        .map(|(i, part)| {
            let payload = part.payload();
            let code = qr::encode(&payload).expect("the part encodes");
            Part {
                number: i + 1,
                payload,
                size: code.size(),
                framed: code.framed_size(),
            }
        })
        .collect();
    (parts, around)
}

/// A copy of the bundled Durban record in a folder of its own under `dir`.
fn durban_copy(dir: &Path, name: &str) -> PathBuf {
    let copy = dir.join(name);
    std::fs::create_dir(&copy).expect("a folder for the record");
    for file in ["agenda.ron", "journal"] {
        std::fs::copy(
            Path::new("sessions/durban-2018").join(file),
            copy.join(file),
        )
        .expect("copy the example record");
    }
    copy
}

/// The terminal's columns and rows for `layout`, with room for the largest of `framed`
/// (modules a side with the quiet zone): whole cells take two columns and a row a module, half
/// blocks a column and half a row; the half-block terminal is too narrow for whole cells.
fn geometry(layout: Layout, framed: u16, around: u16) -> (u16, u16) {
    match layout {
        Layout::Whole => (2 * framed + 10, framed + around + 4),
        Layout::Half => (framed + 15, framed.div_ceil(2) + around + 4),
    }
}

/// An xterm under Xvfb running plenary on a record, and the files its screenshots go to.
struct Terminal<'a> {
    tools: &'a Tools,
    display: &'a str,
    /// Keeps xterm running; dropped first, before the folder it works in.
    _xterm: Running,
    window: String,
    dir: PathBuf,
}

/// Starts `command` (an xterm) and waits for its window: the running xterm and its window's
/// id, or what xterm said when it ended first.
fn started(
    tools: &Tools,
    display: &str,
    command: &mut Command,
    dir: &Path,
) -> Result<(Running, String), String> {
    let child = command.spawn().expect("start xterm");
    let pid = child.id().to_string();
    let mut xterm = Running { child };
    let until = Instant::now() + DEADLINE;
    loop {
        if let Ok(Some(status)) = xterm.child.try_wait() {
            let said = std::fs::read_to_string(dir.join("xterm.err")).unwrap_or_default();
            return Err(format!("{status}: {}", said.trim()));
        }
        let found = Command::new(&tools.xdotool)
            .args(["search", "--pid", &pid])
            .env("DISPLAY", display)
            .stderr(Stdio::null())
            .output()
            .expect("run xdotool");
        let ids = String::from_utf8_lossy(&found.stdout).into_owned();
        if let Some(id) = ids.split_whitespace().next() {
            return Ok((xterm, id.to_owned()));
        }
        assert!(Instant::now() < until, "xterm's window within {DEADLINE:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

impl<'a> Terminal<'a> {
    /// Starts `xterm -fa 'DejaVu Sans Mono' -fs SIZE` of `cols` × `rows` running
    /// `plenary resume RECORD`, and waits for its window.
    fn start(
        tools: &'a Tools,
        display: &'a str,
        dir: &Path,
        size: u32,
        (cols, rows): (u16, u16),
    ) -> Terminal<'a> {
        let record = durban_copy(dir, "record");
        let home = dir.join("home");
        std::fs::create_dir(&home).expect("a home folder");
        let size = size.to_string();
        let geometry = format!("{cols}x{rows}+0+0");
        let mut command = Command::new(&tools.xterm);
        command
            .args([
                "-fa",
                "DejaVu Sans Mono",
                "-fs",
                &size,
                "-geometry",
                &geometry,
            ])
            .arg("-e")
            .arg(env!("CARGO_BIN_EXE_plenary"))
            .arg("resume")
            .arg(&record)
            .current_dir(dir)
            // A home of its own: no user's X resources, plenary config or records.
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("DISPLAY", display)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.join("xterm.err")).expect("xterm's error file"));
        for var in [
            "NO_COLOR",
            "PLENARY_THEME",
            "PLENARY_RECORDS",
            "PLENARY_NAME",
            "XAUTHORITY",
        ] {
            command.env_remove(var);
        }
        // xterm's own failure to start (exit 1: the display refused it) is tried again, twice
        // at most; plenary ending inside it would not end xterm so.
        let mut tries = 0;
        let (xterm, window) = loop {
            tries += 1;
            match started(tools, display, &mut command, dir) {
                Ok(started) => break started,
                Err(said) if tries < 3 => {
                    eprintln!("{TEST}: xterm ended before its window showed ({said}); again");
                }
                Err(said) => panic!("xterm ended before its window showed, {tries} times: {said}"),
            }
        };
        Terminal {
            tools,
            display,
            _xterm: xterm,
            window,
            dir: dir.to_owned(),
        }
    }

    /// Types `keys` (xdotool's names) into the terminal: focused, then through XTEST, since
    /// xterm ignores the synthetic events `xdotool key --window` would send.
    fn keys(&self, keys: &[&str]) {
        if keys.is_empty() {
            return;
        }
        let status = Command::new(&self.tools.xdotool)
            .args([
                "windowfocus",
                "--sync",
                &self.window,
                "key",
                "--delay",
                "50",
            ])
            .args(keys)
            .env("DISPLAY", self.display)
            .stderr(Stdio::null())
            .status()
            .expect("run xdotool");
        assert!(status.success(), "xdotool types {keys:?}");
    }

    /// A screenshot of the window, as a binary PPM file (no dates in it, so two screenshots of
    /// the same screen are the same bytes).
    fn screenshot(&self, name: &str) -> (PathBuf, Ppm) {
        let path = self.dir.join(format!("{name}.ppm"));
        // `import` now and then fails to grab a window that is being redrawn (seen once in a
        // clean-clone CI run): it is asked again, a bounded number of times.
        let took = (0..5).any(|attempt| {
            if attempt > 0 {
                std::thread::sleep(Duration::from_millis(200));
            }
            Command::new(&self.tools.import)
                .args(["-window", &self.window, "-depth", "8"])
                .arg(&path)
                .env("DISPLAY", self.display)
                .stderr(Stdio::null())
                .status()
                .expect("run import")
                .success()
        });
        assert!(took, "import takes a screenshot (5 tries)");
        let ppm = Ppm::read(&path);
        (path, ppm)
    }

    /// Polls screenshots until `ready` holds for one, bounded by [`DEADLINE`]; then takes one
    /// more and returns it if it is the same picture (the screen stood still), else goes on.
    fn wait_for(&self, name: &str, what: &str, ready: impl Fn(&Path, &Ppm) -> bool) -> PathBuf {
        let until = Instant::now() + DEADLINE;
        loop {
            let (_, first) = self.screenshot(name);
            if ready(&self.dir.join(format!("{name}.ppm")), &first) {
                std::thread::sleep(Duration::from_millis(300));
                let (path, second) = self.screenshot(name);
                if second == first {
                    return path;
                }
            }
            assert!(
                Instant::now() < until,
                "{what} within {DEADLINE:?} (last screenshot: {})",
                self.dir.join(format!("{name}.ppm")).display()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

/// A binary PPM (P6) picture.
#[derive(PartialEq, Eq)]
struct Ppm {
    width: usize,
    height: usize,
    rgb: Vec<u8>,
}

impl Ppm {
    fn read(path: &Path) -> Ppm {
        let bytes = std::fs::read(path).expect("read the screenshot");
        // The header: P6, width, height and the largest value, separated by white space.
        let mut fields = Vec::new();
        let mut at = 0;
        while fields.len() < 4 {
            while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
                at += 1;
            }
            let start = at;
            while bytes.get(at).is_some_and(|b| !b.is_ascii_whitespace()) {
                at += 1;
            }
            assert!(at > start, "a PPM header in {}", path.display());
            fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
        }
        assert_eq!(fields[0], "P6", "a binary PPM");
        assert_eq!(fields[3], "255", "8 bits a sample");
        let number = |s: &str| s.parse::<usize>().expect("a size in the PPM header");
        let (width, height) = (number(&fields[1]), number(&fields[2]));
        let rgb = bytes[at + 1..].to_vec();
        assert_eq!(rgb.len(), width * height * 3, "the PPM's pixels");
        Ppm { width, height, rgb }
    }

    /// Whether some pixel is green: the close screen's "The meeting is over" and its
    /// SELECTED and ADOPTED are, and the QR screen has no green at all.
    fn has_green(&self) -> bool {
        self.rgb
            .chunks_exact(3)
            .any(|p| p[1] > 150 && p[0] < 100 && p[2] < 100)
    }
}

/// What a decoder read in a picture: each code's bytes as text.
fn zbar(tools: &Tools, picture: &Path) -> Vec<String> {
    let out = Command::new(&tools.zbarimg)
        .args(["--raw", "-q", "-Sdisable", "-Sqrcode.enable"])
        .arg(picture)
        .stderr(Stdio::null())
        .output()
        .expect("run zbarimg");
    // --raw ends every code with a newline; the payloads may end with one of their own, so
    // only one code per picture is read back exactly.
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    match text.strip_suffix('\n') {
        Some(code) => vec![code.to_owned()],
        None => Vec::new(),
    }
}

/// The code zxing reads in a picture, with its width in pixels (from its corners).
fn zxing(tools: &Tools, picture: &Path) -> Option<(String, f64)> {
    let bytes = Command::new(&tools.zxing)
        .args(["-format", "QRCode", "-bytes"])
        .arg(picture)
        .stderr(Stdio::null())
        .output()
        .expect("run ZXingReader");
    if bytes.stdout.is_empty() {
        return None;
    }
    let text = Command::new(&tools.zxing)
        .args(["-format", "QRCode"])
        .arg(picture)
        .stderr(Stdio::null())
        .output()
        .expect("run ZXingReader");
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    // "Position:   123x120 513x120 516x537 123x537": top left, top right, bottom right, …
    let corners: Vec<(f64, f64)> = text
        .lines()
        .find_map(|l| l.strip_prefix("Position:"))
        .map(|p| {
            p.split_whitespace()
                .filter_map(|xy| {
                    let (x, y) = xy.split_once('x')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect()
        })
        .unwrap_or_default();
    let width = match corners.as_slice() {
        [a, b, ..] => (b.0 - a.0).hypot(b.1 - a.1),
        _ => 0.0,
    };
    Some((String::from_utf8_lossy(&bytes.stdout).into_owned(), width))
}

/// A half-size, blurred copy of `picture`: a phone at the back of the room.
fn far(tools: &Tools, picture: &Path) -> PathBuf {
    let out = picture.with_extension("far.png");
    let status = Command::new(&tools.convert)
        .arg(picture)
        .args(["-resize", "50%", "-blur", "0x1"])
        .arg(&out)
        .stderr(Stdio::null())
        .status()
        .expect("run convert");
    assert!(status.success(), "convert makes the far copy");
    out
}

#[test]
fn outcome_codes_in_xterm_decode_with_zbar_and_zxing_near_and_far() {
    let Some(tools) = Tools::find() else {
        return;
    };
    let started = Instant::now();
    let mut dir = tempfile::tempdir().expect("a temporary folder");
    // The screenshots stay on disk when the test fails, whichever way, to be looked at.
    dir.disable_cleanup(true);
    let (parts, around) = expected(&durban_copy(dir.path(), "expected"));
    // The first part, and the densest: the code a phone finds hardest to read.
    let first = &parts[0];
    let densest = parts
        .iter()
        .max_by_key(|p| (p.size, p.payload.len()))
        .expect("some parts");
    assert!(densest.number > 1, "the densest part is not the first");
    let framed = u16::try_from(densest.framed.max(first.framed)).expect("a small code");
    let (_xvfb, display) = xvfb(&tools);
    let mut results = Vec::new();
    let mut failures = Vec::new();
    for size in SIZES {
        for layout in [Layout::Whole, Layout::Half] {
            let (cols, rows) = geometry(layout, framed, around);
            let run = dir.path().join(format!("{size}-{layout:?}"));
            std::fs::create_dir(&run).expect("a folder for the run");
            let terminal = Terminal::start(&tools, &display, &run, size, (cols, rows));
            // The record is over, so plenary opens on its close; keys typed before it reads
            // the terminal would be lost, so the test waits for the close screen's green.
            terminal.wait_for("close", "the close screen", |_, ppm| ppm.has_green());
            terminal.keys(&["O"]);
            let mut shown = vec![(first, Vec::new())];
            let rights = vec!["Right"; densest.number - 1];
            shown.push((densest, rights));
            for (part, keys) in shown {
                terminal.keys(&keys);
                let name = format!("part-{}", part.number);
                let what = format!("part {} at {size} pt, {layout:?}", part.number);
                // zxing reads the tilted and the gapped alike, so it tells that the code is up;
                // no green tells that it is the QR screen's and not the close screen's.
                let path = terminal.wait_for(&name, &what, |path, ppm| {
                    !ppm.has_green()
                        && zxing(&tools, path).is_some_and(|(text, _)| text == part.payload)
                });
                // The module's width in cells: two for whole cells, one for half blocks.
                let (width, cell) = {
                    let ppm = Ppm::read(&path);
                    let (_, pixels) = zxing(&tools, &path).expect("decoded a moment ago");
                    // xterm's window is its cells and a border of two pixels each side.
                    (
                        pixels / part.size as f64,
                        (ppm.width - 4) as f64 / f64::from(cols),
                    )
                };
                let drawn = if (width / cell - 2.0).abs() < 0.25 {
                    Some(Layout::Whole)
                } else if (width / cell - 1.0).abs() < 0.25 {
                    Some(Layout::Half)
                } else {
                    None
                };
                assert_eq!(
                    drawn,
                    Some(layout),
                    "{what}: a module is {width:.1} px, a cell {cell:.1} px"
                );
                let far = far(&tools, &path);
                let mut row = format!(
                    "{size:>2} pt {layout:?} {cols}x{rows} part {:>2}:",
                    part.number
                );
                for (picture, distance) in [(&path, "near"), (&far, "far")] {
                    let by_zbar = zbar(&tools, picture) == [part.payload.clone()];
                    let by_zxing =
                        zxing(&tools, picture).is_some_and(|(text, _)| text == part.payload);
                    for (decoder, ok) in [("zbar", by_zbar), ("zxing", by_zxing)] {
                        row.push_str(&format!(
                            " {decoder} {distance} {}",
                            if ok { "ok" } else { "NO" }
                        ));
                        if !ok {
                            failures.push(format!(
                                "{what}, {distance}, {decoder}: {}",
                                picture.display()
                            ));
                        }
                    }
                }
                eprintln!("{row}");
                results.push(row);
            }
        }
    }
    eprintln!("{TEST}: {:.1} s", started.elapsed().as_secs_f64());
    assert!(
        failures.is_empty(),
        "codes that did not decode exactly (pictures kept in {}):\n{}\nall:\n{}",
        dir.path().display(),
        failures.join("\n"),
        results.join("\n")
    );
    dir.disable_cleanup(false);
}
