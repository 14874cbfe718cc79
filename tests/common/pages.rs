//! What the tests of pages in each language share: the ids of the labels, which must never show
//! in what plenary writes, and screenshots of pages to tell which way their headings run.

use plenary::lang::Language;
use std::path::Path;

/// The ids in lang/en.ftl that have a dash (all but a handful of one-word ones): a label missing
/// at run time shows as its id, so none of them may appear in an export.
pub fn label_ids() -> Vec<String> {
    let english = std::fs::read_to_string("lang/en.ftl").expect("lang/en.ftl");
    english
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
        .filter(|id| id.contains('-') && id.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .map(str::to_owned)
        .collect()
}

/// Fails when `text` shows a label's id (see [`label_ids`]).
pub fn no_label_ids_in(text: &str, what: &str) {
    let ids = label_ids();
    assert!(ids.len() > 200, "the label ids: {}", ids.len());
    for id in ids {
        assert!(!text.contains(&id), "{what} shows the id `{id}`");
    }
}

/// A screenshot of `page` by headless Chromium in a window of `width` by `height`, as (width, height, grey pixels).
pub fn screenshot(
    chromium: &Path,
    page: &Path,
    png: &Path,
    (width, height): (u32, u32),
) -> (usize, usize, Vec<u8>) {
    let status = std::process::Command::new(chromium)
        .args(super::programs::CHROMIUM_FLAGS)
        .arg("--hide-scrollbars")
        .arg(format!("--window-size={width},{height}"))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(png.is_file(), "no screenshot: {status:?}");
    let decoder = ::png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(png).expect("the PNG"),
    ));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut buf).expect("a frame");
    let channels = info.color_type.samples();
    let grey = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|p| ((u16::from(p[0]) + u16::from(p[1]) + u16::from(p[2])) / 3) as u8)
        .collect();
    (info.width as usize, info.height as usize, grey)
}

/// Where each section heading sits over its rule (the light grey line under every `h2`): the
/// gap between the rule's left end and the heading's first ink, and between its last ink and
/// the rule's right end. A heading read left to right hugs the left end, right to left the right.
pub fn heading_gaps(width: usize, grey: &[u8]) -> Vec<(usize, usize)> {
    let rows: Vec<&[u8]> = grey.chunks(width).collect();
    let mut gaps = Vec::new();
    let mut y = 0;
    while y < rows.len() {
        let rule: Vec<usize> = (0..width)
            .filter(|&x| (215..=228).contains(&rows[y][x]))
            .collect();
        let (Some(&start), Some(&end)) = (rule.first(), rule.last()) else {
            y += 1;
            continue;
        };
        if rule.len() < width / 2 {
            y += 1;
            continue;
        }
        let ink: Vec<usize> = rows[y.saturating_sub(45)..y]
            .iter()
            .flat_map(|row| (start..=end).filter(|&x| row[x] < 110))
            .collect();
        if let (Some(first), Some(last)) = (ink.iter().min(), ink.iter().max()) {
            gaps.push((first - start, end - last));
        }
        // The rule is two pixels high: one heading, one rule.
        y += 3;
    }
    gaps
}

/// Each heading's blank margins, as [`heading_gaps`] gives them, put the heading against the
/// side `language` reads from: the left, or the right for a right-to-left language.
pub fn headings_start_on_the_reading_side(language: Language, gaps: &[(usize, usize)]) {
    let code = language.code();
    for &(left, right) in gaps {
        if language.is_rtl() {
            assert!(
                right < 10 && left > 100,
                "{code}: from the right: {left}, {right}"
            );
        } else {
            assert!(
                left < 10 && right > 100,
                "{code}: from the left: {left}, {right}"
            );
        }
    }
}
