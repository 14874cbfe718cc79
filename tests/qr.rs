//! QR codes of the outcome summary: every code plenary draws is decoded back with a real
//! decoder (rqrr), and the parts, joined, are the summary again, whatever the script; every
//! decision and resolution is in a code, each part reads on its own, and the bytes are
//! marked as UTF-8.

mod big_meeting;
mod common;
mod outcomes;

use big_meeting::{
    STRATEGIES, action_text, big_meeting, holds_resolution, key_point_text, resolution_text,
    with_key_points,
};
use outcomes::{
    as_qr_text, decode_half_blocks, decode_matrix, decode_png, decode_svg, decode_svg_parts, durban,
};
use plenary::export::qr::{
    self, DEFAULT_MAX_VERSION, MAX_PARTS, Matrix, QrError, byte_capacity, codes, encode,
    half_blocks, png, split, svg,
};
use plenary::export::{Options, summary};

/// The parts' chunks joined, after checking each part's size and numbering.
fn rejoin(parts: &[plenary::export::qr::Part], label: &str, max_version: u8) -> String {
    let capacity = byte_capacity(max_version).expect("a version");
    let count = parts.len();
    for (i, part) in parts.iter().enumerate() {
        assert!(part.payload().len() <= capacity, "part {} fits", i + 1);
        assert_eq!((part.number, part.count), (i + 1, count));
        match &part.header {
            None => assert_eq!(count, 1, "only a lone part has no header"),
            Some(h) => assert_eq!(h, &format!("{label} {}/{count}", i + 1)),
        }
        assert!(!part.chunk.is_empty());
    }
    parts.iter().map(|p| p.chunk.as_str()).collect()
}

#[test]
fn version_10_at_level_m_holds_212_bytes_after_the_utf8_designator() {
    // 12 bits of ECI designator before the bytes: one byte less than plain byte mode holds.
    assert_eq!(byte_capacity(10), Some(212));
    assert_eq!(byte_capacity(1), Some(13));
    assert_eq!(byte_capacity(9), Some(179));
    assert_eq!(byte_capacity(40), Some(2330));
    assert_eq!(byte_capacity(0), None);
    assert_eq!(byte_capacity(41), None);
    // The encoder agrees: 212 bytes take version 10, one more takes version 11.
    let full = "é".repeat(106);
    assert_eq!(full.len(), 212);
    let code = encode(&full).expect("encodes");
    assert_eq!(code.version(), 10);
    assert_eq!(code.size(), 57);
    assert_eq!(decode_matrix(&code), full);
    let over = format!("{full}y");
    assert_eq!(encode(&over).expect("encodes").version(), 11);
    assert_eq!(encode("").expect("encodes").version(), 1);
}

#[test]
fn a_short_summary_is_one_code_without_a_header() {
    let parts = split("Decided: yes.", "Durban outcomes", 10).expect("split");
    assert_eq!(parts.len(), 1);
    assert_eq!(parts[0].header, None);
    assert_eq!(parts[0].payload(), "Decided: yes.");
}

const TEXTS: [(&str, &str); 6] = [
    (
        "ASCII",
        "Create an Action Group to design, plan and carry out the pilot. ",
    ),
    (
        "Zulu",
        "Siyabonga kakhulu ngokuza eThekwini; umhlaba ngowethu sonke. ",
    ),
    (
        "Spanish",
        "¿Quién coordina? Las compañeras de la región andina, año tras año. ",
    ),
    (
        "Arabic",
        "العمل الجماعي من أجل الحق في السكن والأرض والموارد الطبيعية. ",
    ),
    ("Chinese", "集体行动推动土地住房和自然资源权利妇女领导力"),
    ("emoji", "🌍✊🏽👩🏿‍🌾🏠🌱📸"),
];

#[test]
fn parts_rejoin_to_the_summary_and_decode_in_every_script() {
    for (name, sample) in TEXTS {
        // Long enough for many parts; lines for some, none at all for others.
        let text: String = (0..12)
            .map(|i| {
                if i % 4 == 3 {
                    format!("{sample}\n")
                } else {
                    sample.to_owned()
                }
            })
            .collect();
        for max_version in [4, DEFAULT_MAX_VERSION] {
            let label = format!("{name} outcomes");
            let parts = split(&text, &label, max_version).expect("split");
            assert!(parts.len() > 1, "{name} needs several parts");
            assert_eq!(rejoin(&parts, &label, max_version), text, "{name}");
            for code in codes(&text, &label, max_version).expect("codes") {
                assert!(code.matrix.version() <= max_version);
                assert_eq!(decode_matrix(&code.matrix), code.part.payload(), "{name}");
            }
        }
    }
}

#[test]
fn parts_break_at_lines_or_spaces_when_that_costs_no_extra_code() {
    let text = "DECIDED\n- one\n- two\n".repeat(30);
    let parts = split(&text, "X outcomes", 10).expect("split");
    let fewest = text.len().div_ceil(213 - "X outcomes 1/9\n".len());
    assert_eq!(parts.len(), fewest);
    for part in &parts[..parts.len() - 1] {
        assert!(part.chunk.ends_with('\n'), "{:?}", part.chunk);
    }
    let items = "- item\n- another item\n".repeat(40);
    for part in split(&items, "X", 10).expect("split") {
        assert!(!part.chunk.ends_with("- "), "a bullet stays with its item");
    }
    let words = "word ".repeat(200);
    for part in split(&words, "X", 10).expect("split").iter().rev().skip(1) {
        assert!(part.chunk.ends_with(' '), "{:?}", part.chunk);
    }
}

#[test]
fn counts_with_more_digits_and_caps_too_small_for_parts() {
    let text = "a".repeat(3000);
    let parts = split(&text, "L", 2).expect("split");
    assert!(parts.len() >= 100, "{}", parts.len());
    assert_eq!(
        parts[99].header.as_deref(),
        Some(&*format!("L 100/{}", parts.len()))
    );
    assert_eq!(rejoin(&parts, "L", 2), text);
    assert!(matches!(
        split(&text, "Long meeting outcomes", 1),
        Err(QrError::TooSmall { version: 1, .. })
    ));
    assert_eq!(
        split(&text, "x", 0),
        Err(QrError::NoSuchVersion(0)),
        "versions start at 1"
    );
    assert_eq!(split(&text, "x", 41), Err(QrError::NoSuchVersion(41)));
}

#[test]
fn the_durban_summary_fits_small_codes_and_decodes_from_every_drawing() {
    let record = durban();
    let text = summary::meeting_summary(&record, &Options::default());
    let label = summary::label(&record, &plenary::export::Options::default());
    assert_eq!(label, "Advancing network-wide… outcomes");
    let fitted = fitted(&record);
    assert_eq!(fitted.left_out, None);
    let codes = fitted.codes().expect("codes");
    assert!(
        codes.len() > 1 && codes.len() <= MAX_PARTS,
        "{} parts",
        codes.len()
    );
    let mut joined = String::new();
    for code in &codes {
        let payload = code.part.payload();
        assert!(payload.starts_with(&format!("{label} {}/", code.part.number)));
        assert!(code.matrix.version() <= DEFAULT_MAX_VERSION);

        let lines = half_blocks(&code.matrix, false);
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        assert_eq!(lines.len(), code.matrix.framed_size().div_ceil(2));
        assert!(lines[0].chars().all(|c| c == ' '), "quiet zone on top");
        assert_eq!(decode_half_blocks(&refs, false), payload);
        let inverted = half_blocks(&code.matrix, true);
        let refs: Vec<&str> = inverted.iter().map(String::as_str).collect();
        assert!(inverted[0].chars().all(|c| c == '█'), "inverted quiet zone");
        assert_eq!(decode_half_blocks(&refs, true), payload);

        let png = png(&code.matrix, 8, &payload).expect("a PNG");
        let (decoded, width) = decode_png(&png);
        assert_eq!(decoded, payload);
        assert_eq!(width as usize, code.matrix.framed_size() * 8);

        assert_eq!(decode_svg(&svg(&code.matrix, &payload)), payload);
        joined.push_str(&code.part.chunk);
    }
    assert_eq!(joined, text);
}

#[test]
fn a_code_has_a_quiet_zone_of_four_modules_on_every_side() {
    let code = encode("quiet").expect("encodes");
    let lines = half_blocks(&code, false);
    let width = code.size() + 8;
    assert!(lines.iter().all(|l| l.chars().count() == width));
    for line in &lines {
        let chars: Vec<char> = line.chars().collect();
        assert!(chars[..4].iter().all(|&c| c == ' '));
        assert!(chars[width - 4..].iter().all(|&c| c == ' '));
    }
    // Rows 0–3 on top: lines 0 and 1. Rows size+4 .. size+8 at the bottom.
    assert!(lines[..2].iter().all(|l| l.trim().is_empty()));
    assert!(lines[lines.len() - 2..].iter().all(|l| l.trim().is_empty()));
}

/// The parts of the whole meeting's outcomes, fitted to the codes.
fn fitted(record: &plenary::core::record::Record) -> qr::Fitted {
    qr::outcomes(record, None, &Options::default())
        .expect("the meeting")
        .expect("the outcomes fit")
}

/// Every part's code, decoded.
fn decoded(fitted: &qr::Fitted) -> Vec<String> {
    let codes = fitted.codes().expect("codes");
    assert!(codes.len() <= MAX_PARTS, "{} parts", codes.len());
    codes
        .iter()
        .map(|code| {
            let text = decode_matrix(&code.matrix);
            assert_eq!(text, code.part.payload());
            text
        })
        .collect()
}

#[test]
fn every_resolution_and_decision_of_a_big_meeting_is_in_the_codes() {
    let (record, _) = big_meeting(32, 64);
    let full = summary::meeting_summary(&record, &Options::default());
    assert!(
        split(&full, "Test meeting outcomes", DEFAULT_MAX_VERSION)
            .expect("split")
            .len()
            > MAX_PARTS,
        "the test wants a summary too long for the codes at full detail"
    );
    let fitted = fitted(&record);
    assert_eq!(fitted.left_out, None, "decisions and resolutions fit");
    let texts = decoded(&fitted);
    for i in 1..=32 {
        assert!(
            texts.iter().any(|t| holds_resolution(t, i)),
            "{:?} is in no code:\n{}",
            resolution_text(i),
            texts.join("\n---\n")
        );
    }
    // Detail gave way and says so: the actions are counted, the strategies still named.
    let all = texts.join("\n");
    assert!(all.contains("in the minutes"), "{all}");
    for name in STRATEGIES {
        assert!(all.contains(name), "{name} is named:\n{all}");
    }
}

#[test]
fn detail_gives_way_wording_first_then_the_actions_beyond_a_few() {
    // A little too long: only the actions' wording is shortened, every action is still there.
    let (record, _) = big_meeting(2, 20);
    let full = summary::meeting_summary(&record, &Options::default());
    let parts = split(&full, "Test meeting outcomes", DEFAULT_MAX_VERSION).expect("split");
    assert!(
        parts.len() > MAX_PARTS,
        "the test wants a summary too long at full detail"
    );
    let texts = decoded(&fitted(&record)).join("\n");
    assert!(
        !texts.contains(&action_text(1)),
        "wording shortened:\n{texts}"
    );
    assert!(
        texts.contains("Share the regional mapping 1 of land…"),
        "{texts}"
    );
    assert!(!texts.contains("more actions in the minutes"), "{texts}");
    for i in 1..=20 {
        let start = format!("Share the regional mapping {i} ");
        assert!(texts.contains(&start), "action {i} is kept:\n{texts}");
    }
}

#[test]
fn a_summary_too_big_even_without_detail_says_what_no_code_holds() {
    let (record, _) = big_meeting(150, 10);
    let fitted = fitted(&record);
    let texts = decoded(&fitted);
    assert_eq!(texts.len(), MAX_PARTS);
    let kept = (1..=150)
        .take_while(|&i| texts.iter().any(|t| holds_resolution(t, i)))
        .count();
    assert!(
        (kept + 1..=150).all(|i| !texts.iter().any(|t| holds_resolution(t, i))),
        "the first resolutions are kept, the rest are not"
    );
    assert!(kept > 20, "as many resolutions as fit are kept, got {kept}");
    assert_eq!(
        fitted.left_out.as_deref(),
        Some(&*format!("resolutions {}–150 of 150", kept + 1))
    );
    let last = texts.last().expect("a last part");
    assert!(
        last.ends_with(&format!("… {} more resolutions in the minutes", 150 - kept)),
        "{last}"
    );
    assert!(
        texts[0].contains("(the actions are in the minutes)"),
        "{}",
        texts[0]
    );
}

/// The headings of a summary: the sections' and the strategies' lines.
fn is_heading(line: &str) -> bool {
    [
        "KEY POINTS",
        "DECIDED",
        "STRATEGIES",
        "RESOLUTIONS",
        "NEXT STEPS",
    ]
    .contains(&line)
        || STRATEGIES.contains(&line)
}

#[test]
fn each_part_stands_alone_with_its_headings_repeated() {
    for (resolutions, actions) in [(12, 12), (32, 64), (6, 24)] {
        let (record, _) = big_meeting(resolutions, actions);
        let fitted = fitted(&record);
        let texts = decoded(&fitted);
        assert!(texts.len() > 2, "several parts");
        for part in &fitted.parts[..texts.len() - 1] {
            assert!(
                part.chunk.ends_with('\n'),
                "no item is cut: {:?}",
                part.chunk
            );
        }
        for (i, text) in texts.iter().enumerate() {
            let lines: Vec<&str> = text.lines().collect();
            let last = lines.iter().rev().find(|l| !l.is_empty()).expect("a line");
            assert!(
                !is_heading(last) || i + 1 == texts.len(),
                "part {} ends with the heading {last:?}:\n{text}",
                i + 1
            );
            if i == 0 {
                continue;
            }
            // The part's first line after its label is a heading, its own or repeated.
            let first = lines[1];
            let repeated = first.strip_suffix(" (continued)");
            let own = repeated.is_none() && is_heading(first);
            assert!(
                own || repeated.is_some(),
                "part {} starts without its heading:\n{text}",
                i + 1
            );
            // A repeated heading is the section the previous part was in, and in STRATEGIES
            // the strategy too ("STRATEGIES: Mobilise (continued)").
            if let Some(repeated) = repeated {
                let mut names = repeated.split(": ");
                let section = names.next().unwrap_or_default();
                assert!(is_heading(section), "{text}");
                let before = texts[..i].join("\n");
                let started = |name: &str| before.lines().any(|l| l == name);
                assert!(
                    started(section),
                    "{section} was not started before part {}",
                    i + 1
                );
                match names.next() {
                    Some(strategy) => {
                        assert!(
                            STRATEGIES.contains(&strategy) && started(strategy),
                            "{text}"
                        );
                    }
                    None => assert!(
                        section != "STRATEGIES" || STRATEGIES.contains(&lines[2]),
                        "a part inside STRATEGIES says which strategy:\n{text}"
                    ),
                }
            }
        }
    }
}

#[test]
fn the_parts_chunks_joined_are_the_summary_told_and_fit_each_code() {
    let (record, _) = big_meeting(12, 8);
    let text = summary::meeting_summary(&record, &Options::default());
    let fitted = fitted(&record);
    let capacity = byte_capacity(DEFAULT_MAX_VERSION).expect("a version");
    for part in &fitted.parts {
        assert!(part.payload().len() <= capacity);
        assert!(part.context.is_empty() || part.context.ends_with(" (continued)\n"));
        assert!(part.context.lines().count() <= 1);
    }
    let joined: String = fitted.parts.iter().map(|p| p.chunk.as_str()).collect();
    assert_eq!(joined, text, "at full detail the chunks are the summary");
}

#[test]
fn the_codes_are_labelled_with_the_meetings_title_not_its_place() {
    let (record, _) = big_meeting(0, 0);
    assert_eq!(record.plan.place, "Room 1");
    assert_eq!(
        summary::label(&record, &plenary::export::Options::default()),
        "Test meeting outcomes"
    );
    let mut long = record.clone();
    long.plan.title = "Annual general assembly of the network of community land trusts".into();
    assert_eq!(
        summary::label(&long, &plenary::export::Options::default()),
        "Annual general assembly… outcomes"
    );
}

/// The first `n` data bits of a code of versions 1 or 2 (one block of data at level M), read
/// from its modules in the standard placement order and unmasked with the mask the decoder
/// found.
fn data_bits(matrix: &Matrix, n: usize) -> Vec<bool> {
    let size = matrix.size();
    assert!(matrix.version() <= 2, "one block of data");
    let grid = rqrr::Grid::new(rqrr::SimpleGrid::from_func(size, |x, y| {
        matrix.is_dark(x, y)
    }));
    let (meta, _) = grid.decode().expect("the code decodes");
    let mask = |x: usize, y: usize| match meta.mask {
        0 => (y + x).is_multiple_of(2),
        1 => y.is_multiple_of(2),
        2 => x.is_multiple_of(3),
        3 => (y + x).is_multiple_of(3),
        4 => (y / 2 + x / 3).is_multiple_of(2),
        5 => (y * x) % 2 + (y * x) % 3 == 0,
        6 => ((y * x) % 2 + (y * x) % 3).is_multiple_of(2),
        _ => ((y + x) % 2 + (y * x) % 3).is_multiple_of(2),
    };
    let alignment = |x: usize, y: usize| {
        matrix.version() == 2 && x.abs_diff(size - 7) <= 2 && y.abs_diff(size - 7) <= 2
    };
    let function = |x: usize, y: usize| {
        // The finders with their separators and format information, in three corners.
        (y < 9 && (x < 9 || x >= size - 8))
            || (x < 9 && y >= size - 8)
            || x == 6
            || y == 6
            || alignment(x, y)
    };
    let mut bits = Vec::new();
    let mut right = size - 1;
    loop {
        let upward = (right + 1) & 2 == 0;
        for step in 0..size {
            let y = if upward { size - 1 - step } else { step };
            for x in [right, right - 1] {
                if !function(x, y) {
                    bits.push(matrix.is_dark(x, y) != mask(x, y));
                }
            }
        }
        if bits.len() >= n || right < 3 {
            break;
        }
        right -= 2;
        if right == 6 {
            right = 5;
        }
    }
    bits.truncate(n);
    bits
}

fn number(bits: &[bool]) -> usize {
    bits.iter().fold(0, |n, &b| n * 2 + usize::from(b))
}

#[test]
fn a_code_says_its_bytes_are_utf8_and_accents_and_ellipses_decode_right() {
    let text = "Lucía … café";
    let code = encode(text).expect("encodes");
    assert_eq!(decode_matrix(&code), text);
    let bits = data_bits(&code, 24 + 8 * text.len());
    // ECI mode (0111) with designator 26, UTF-8; then byte mode (0100), the length, the bytes.
    assert_eq!(number(&bits[..4]), 0b0111, "an ECI designator first");
    assert_eq!(number(&bits[4..12]), 26, "ECI 26: UTF-8");
    assert_eq!(number(&bits[12..16]), 0b0100, "then byte mode");
    assert_eq!(number(&bits[16..24]), text.len());
    let bytes: Vec<u8> = bits[24..]
        .chunks(8)
        .map(|b| u8::try_from(number(b)).expect("a byte"))
        .collect();
    assert_eq!(bytes, text.as_bytes(), "UTF-8 bytes, as they are");
}

/// A record of the big meeting on disk, in a temporary folder.
fn big_record(resolutions: usize, actions: usize) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("rec");
    let (_, ops) = big_meeting(resolutions, actions);
    let mut opened = plenary::store::Store::create(&path, common::SMALL, common::small_agenda())
        .expect("a record");
    for op in ops {
        let change = plenary::core::history::Change::Do(op);
        opened
            .store
            .commit(&mut opened.live, &change)
            .expect("saved");
    }
    (dir, path)
}

fn plenary_qr(args: &[&std::ffi::OsStr]) -> std::process::Output {
    assert_cmd::Command::cargo_bin("plenary")
        .expect("the plenary binary")
        .arg("qr")
        .args(args)
        .output()
        .expect("plenary runs")
}

#[test]
fn qr_text_prints_exactly_what_the_codes_hold() {
    let (dir, path) = big_record(12, 20);
    let svgs = dir.path().join("svg");
    let drawn = plenary_qr(&[path.as_os_str(), "--svg".as_ref(), svgs.as_os_str()]);
    assert!(drawn.status.success());
    let text = plenary_qr(&[path.as_os_str(), "--text".as_ref()]);
    assert!(text.status.success() && text.stderr.is_empty());
    let printed = String::from_utf8(text.stdout).expect("UTF-8");
    let parts = decode_svg_parts(&svgs);
    assert!(parts.len() > 2, "several codes");
    for (i, payload) in parts.iter().enumerate() {
        assert!(payload.starts_with(&format!(
            "Test meeting outcomes {}/{}\n",
            i + 1,
            parts.len()
        )));
    }
    let expected = as_qr_text(&parts);
    assert_eq!(printed, expected, "the parts the codes hold, in order");
}

#[test]
fn plenary_qr_says_what_no_code_holds() {
    let (_dir, path) = big_record(150, 10);
    for args in [
        vec![path.as_os_str()],
        vec![path.as_os_str(), "--text".as_ref()],
    ] {
        let out = plenary_qr(&args);
        assert!(out.status.success());
        let stderr = String::from_utf8(out.stderr).expect("UTF-8");
        assert!(
            stderr.contains("do not fit in 12 codes: they leave out resolutions ")
                && stderr.contains("–150 of 150"),
            "{stderr}"
        );
    }
}

#[test]
fn a_sessions_key_points_give_way_after_the_actions_wording_and_before_the_actions() {
    let mut levels = Vec::new();
    for actions in [4, 12, 18, 48] {
        let (record, _) = with_key_points(1, actions, 8);
        let fitted = qr::outcomes(&record, Some("plan"), &Options::default())
            .expect("the session")
            .expect("fits");
        let text: String = decoded(&fitted).join("\n");
        let key_points = text.contains(&key_point_text(8));
        let counted = text.contains("… 8 key points in the minutes");
        let full_wording = text.contains(&action_text(1));
        let capped = text.contains("more actions in the minutes");
        assert!(key_points != counted, "listed or counted:\n{text}");
        assert!(
            !(key_points && capped),
            "actions capped before key points:\n{text}"
        );
        assert!(
            !(counted && full_wording),
            "key points before wording:\n{text}"
        );
        levels.push((full_wording, key_points, capped));
    }
    // The sizes reach every step: all told, wording shortened, key points counted, capped.
    assert_eq!(
        levels,
        [
            (true, true, false),
            (false, true, false),
            (false, false, false),
            (false, false, true)
        ],
        "{levels:?}"
    );
}

#[test]
fn codes_are_the_ones_the_qrcode_crate_draws_mask_and_all() {
    use qrcode::bits::Bits;
    use qrcode::{Color, EcLevel, QrCode, Version};
    let record = durban();
    let mut payloads: Vec<String> = fitted(&record).parts.iter().map(|p| p.payload()).collect();
    payloads.extend(TEXTS.iter().map(|(_, t)| (*t).to_owned()));
    payloads.extend(["", "a", "Lucía … café", &"é".repeat(106)].map(str::to_owned));
    // And many more, of every length up to a full version 10, for the rarer penalty rules.
    payloads.extend((0..212).step_by(3).map(|n| {
        let (_, text) = TEXTS[n % TEXTS.len()];
        let mut s: String = text.chars().cycle().take(n).collect();
        while s.len() > 212 {
            s.pop();
        }
        s
    }));
    let mut masks = std::collections::BTreeSet::new();
    for payload in payloads {
        let ours = encode(&payload).expect("encodes");
        let mut bits = Bits::new(Version::Normal(i16::from(ours.version())));
        bits.push_eci_designator(26).expect("ECI");
        bits.push_byte_data(payload.as_bytes()).expect("data");
        bits.push_terminator(EcLevel::M).expect("terminator");
        let theirs = QrCode::with_bits(bits, EcLevel::M).expect("qrcode encodes");
        assert_eq!(ours.size(), theirs.width());
        let dark: Vec<bool> = (0..ours.size() * ours.size())
            .map(|i| ours.is_dark(i % ours.size(), i / ours.size()))
            .collect();
        let expected: Vec<bool> = theirs
            .to_colors()
            .iter()
            .map(|&c| c == Color::Dark)
            .collect();
        let differ = dark.iter().zip(&expected).filter(|(a, b)| a != b).count();
        assert_eq!(
            differ, 0,
            "modules that differ from qrcode's for {payload:?}"
        );
        let grid = rqrr::Grid::new(rqrr::SimpleGrid::from_func(ours.size(), |x, y| {
            ours.is_dark(x, y)
        }));
        masks.insert(grid.decode().expect("decodes").0.mask);
    }
    assert!(masks.len() > 2, "several masks chosen: {masks:?}");
}

#[test]
fn fitting_keeps_its_promises_for_meetings_of_every_size() {
    let capacity = byte_capacity(DEFAULT_MAX_VERSION).expect("a version");
    for resolutions in [0, 1, 7, 25, 40, 90] {
        for actions in [0, 3, 17, 60, 130] {
            let (record, _) = big_meeting(resolutions, actions);
            let fitted = fitted(&record);
            assert!(fitted.parts.len() <= MAX_PARTS);
            let texts: Vec<String> = fitted.parts.iter().map(|p| p.payload()).collect();
            assert!(texts.iter().all(|t| t.len() <= capacity));
            let kept = (1..=resolutions)
                .filter(|&i| texts.iter().any(|t| holds_resolution(t, i)))
                .count();
            match &fitted.left_out {
                None => assert_eq!(
                    kept, resolutions,
                    "{resolutions} resolutions, {actions} actions"
                ),
                Some(left_out) => {
                    assert_eq!(
                        left_out,
                        &format!("resolutions {}–{resolutions} of {resolutions}", kept + 1)
                    );
                }
            }
        }
    }
}

#[test]
fn an_item_or_a_name_longer_than_a_code_is_cut_but_kept_whole_across_parts() {
    let (mut record, _) = big_meeting(3, 6);
    let long = "a resolution read out in full, clause by clause, ".repeat(8);
    record.resolutions[1].text = long.clone();
    record.strategies[0].name = "A strategy with a name as long as a paragraph ".repeat(6);
    let fitted = fitted(&record);
    let capacity = byte_capacity(DEFAULT_MAX_VERSION).expect("a version");
    assert!(fitted.parts.iter().all(|p| p.payload().len() <= capacity));
    let joined: String = fitted.parts.iter().map(|p| p.chunk.as_str()).collect();
    assert!(
        joined.contains(long.trim()),
        "the long resolution is all there"
    );
    // It starts a part and fills it: it takes as few parts as its length needs.
    let holding: Vec<&str> = fitted
        .parts
        .iter()
        .map(|p| p.chunk.as_str())
        .filter(|chunk| chunk.contains("a resolution") || chunk.contains("clause by"))
        .collect();
    let room = capacity - "Test meeting outcomes 10/10\nRESOLUTIONS (continued)\n".len();
    assert_eq!(holding.len(), long.len().div_ceil(room), "{holding:#?}");
    let first = holding[0]
        .strip_prefix("RESOLUTIONS\n")
        .unwrap_or(holding[0]);
    assert!(first.starts_with("- a resolution read out"), "{first}");
    // Repeated headings take at most a third of a code: a name too long to repeat is not.
    for part in &fitted.parts {
        assert!(part.context.len() <= capacity / 3, "{:?}", part.context);
    }
    for code in fitted.codes().expect("codes") {
        assert_eq!(decode_matrix(&code.matrix), code.part.payload());
    }
}

#[test]
fn an_elections_result_is_in_the_summary_and_the_codes() {
    use plenary::core::commands;
    use plenary::core::op::apply;
    use plenary::core::record::{Record, ResolutionStatus};
    let mut record = Record::new(common::small_agenda());
    let id = record.fresh_id();
    let steps: [&dyn Fn(&Record) -> commands::Ops; 3] = [
        &|r| commands::add_resolution(r, Some("props"), "Co-chairs", common::at(40)),
        &|r| {
            commands::record_election(
                r,
                id,
                "2 seats: Ana Ruiz 20, Ben 14, Cy 3; blank 1; elected Ana Ruiz, Ben",
            )
        },
        &|r| commands::cycle_status(r, id),
    ];
    for step in steps {
        for op in step(&record).unwrap_or_else(|r| panic!("{r}")) {
            apply(&mut record, &op).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    assert_eq!(record.resolutions[0].status, ResolutionStatus::Adopted);
    let text = summary::meeting_summary(&record, &Options::default());
    let line = "- Co-chairs (elected: Ana Ruiz, Ben)";
    assert!(text.contains(line), "{text}");
    assert!(!text.contains("consensus"), "{text}");
    let all = decoded(&fitted(&record)).join("\n");
    assert!(
        all.contains(line),
        "the codes carry who was elected:\n{all}"
    );
}
