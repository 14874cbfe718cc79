//! Shared by the export tests: the Durban record built in memory from the example script, and
//! a real decoder (rqrr) for every way plenary draws a QR code — module matrices, PNG files,
//! SVG files and terminal half blocks.

#![allow(dead_code)] // each test crate uses a different part of this module

use plenary::core::history::Live;
use plenary::core::record::Record;
use plenary::example::{DURBAN_AGENDA, durban_script};
use plenary::export::qr::{Matrix, QUIET_ZONE};
use plenary::store::agenda_file::parse_agenda;

/// The Durban meeting as the example script leaves it.
pub fn durban() -> Record {
    let (agenda, _) =
        parse_agenda("durban-2018.ron", DURBAN_AGENDA.as_bytes()).expect("the bundled agenda");
    let mut live = Live::new(Record::new(agenda));
    for (n, change) in durban_script().iter().enumerate() {
        live.apply(change)
            .unwrap_or_else(|e| panic!("change {} of the script: {e}", n + 1));
    }
    live.record
}

/// Decodes every QR code found in a greyscale image (0 black, 255 white).
pub fn decode_grey(width: usize, height: usize, pixel: impl Fn(usize, usize) -> u8) -> Vec<String> {
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, pixel);
    image
        .detect_grids()
        .iter()
        .map(|grid| grid.decode().expect("the code decodes").1)
        .collect()
}

/// Decodes a bitmap of modules (true: dark), drawn `scale` pixels a module.
pub fn decode_modules(modules: &[Vec<bool>], scale: usize) -> Vec<String> {
    let height = modules.len();
    let width = modules.iter().map(Vec::len).max().unwrap_or(0);
    decode_grey(width * scale, height * scale, |x, y| {
        let dark = modules
            .get(y / scale)
            .and_then(|row| row.get(x / scale))
            .copied()
            .unwrap_or(false);
        if dark { 0 } else { 255 }
    })
}

/// Decodes a matrix as plenary hands it out, with its quiet zone.
pub fn decode_matrix(matrix: &Matrix) -> String {
    let n = matrix.framed_size();
    let modules: Vec<Vec<bool>> = (0..n)
        .map(|y| {
            (0..n)
                .map(|x| {
                    x >= QUIET_ZONE
                        && y >= QUIET_ZONE
                        && matrix.is_dark(x - QUIET_ZONE, y - QUIET_ZONE)
                })
                .collect()
        })
        .collect();
    let found = decode_modules(&modules, 4);
    assert_eq!(found.len(), 1, "one code in the matrix");
    found.into_iter().next().expect("one code")
}

/// Decodes a PNG file's single code, and returns its text with the image's size in pixels.
pub fn decode_png(bytes: &[u8]) -> (String, u32) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut buf).expect("a frame");
    assert_eq!(info.color_type, png::ColorType::Grayscale);
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    let (w, h) = (info.width as usize, info.height as usize);
    let found = decode_grey(w, h, |x, y| buf[y * info.line_size + x]);
    assert_eq!(found.len(), 1, "one code in the PNG");
    (found.into_iter().next().expect("one code"), info.width)
}

/// Turns terminal half blocks back into modules: each character is one module wide and two
/// tall (`▀` top dark, `▄` bottom dark, `█` both, space neither); `invert` flips them.
pub fn half_blocks_to_modules(lines: &[&str], invert: bool) -> Vec<Vec<bool>> {
    let mut rows = Vec::new();
    for line in lines {
        let (top, bottom): (Vec<bool>, Vec<bool>) = line
            .chars()
            .map(|c| {
                let (t, b) = match c {
                    '█' => (true, true),
                    '▀' => (true, false),
                    '▄' => (false, true),
                    ' ' => (false, false),
                    other => panic!("unexpected character {other:?} in a QR drawing"),
                };
                (t != invert, b != invert)
            })
            .unzip();
        rows.push(top);
        rows.push(bottom);
    }
    rows
}

/// The half block `plenary qr` would print for one cell of the meeting screen's half-block
/// code (`█` both modules dark, `▀` the top one, `▄` the bottom one), so
/// [`half_blocks_to_modules`] reads the screen too. The screen paints dark modules as the
/// cell's background (black, or reverse video without colours) and draws only light halves as
/// glyphs: on a dark cell `▄` is a dark top and a space is two dark modules. Other cells give
/// their own symbol.
pub fn cell_as_printed(cell: &ratatui::buffer::Cell) -> &str {
    use ratatui::style::{Color, Modifier};
    let dark = cell.bg == Color::Black || cell.modifier.contains(Modifier::REVERSED);
    match (dark, cell.symbol()) {
        (true, " ") => "█",
        (true, "▄") => "▀",
        (true, "▀") => "▄",
        (_, symbol) => symbol,
    }
}

/// Decodes the single code drawn in terminal half blocks.
pub fn decode_half_blocks(lines: &[&str], invert: bool) -> String {
    let found = decode_modules(&half_blocks_to_modules(lines, invert), 4);
    assert_eq!(found.len(), 1, "one code in the drawing");
    found.into_iter().next().expect("one code")
}

/// Every code `plenary qr --svg DIR` wrote into `dir`, decoded, in part order
/// (outcomes-3-of-9.svg is part 3).
pub fn decode_svg_parts(dir: &std::path::Path) -> Vec<String> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .expect("the SVG folder")
        .map(|e| e.expect("a file").path())
        .collect();
    files.sort_by_key(|p| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        name.split('-').nth(1).and_then(|n| n.parse::<usize>().ok())
    });
    files
        .iter()
        .map(|file| decode_svg(&std::fs::read_to_string(file).expect("an SVG")))
        .collect()
}

/// The parts as `plenary qr --text` prints them: each ending in a line break, a blank line
/// between two.
pub fn as_qr_text(parts: &[String]) -> String {
    let mut text = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        text.push_str(part);
        if !text.ends_with('\n') {
            text.push('\n');
        }
    }
    text
}

/// Reads back an SVG file plenary wrote: the viewBox gives the size, the path's
/// `M x y h n v1 h-n z` runs give the dark modules.
pub fn decode_svg(svg: &str) -> String {
    let view = svg
        .split("viewBox=\"0 0 ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .expect("a viewBox");
    let n: usize = view.parse().expect("a size");
    let d = svg
        .split(" d=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a path");
    let mut modules = vec![vec![false; n]; n];
    for run in d.split('M').filter(|r| !r.is_empty()) {
        let (xy, rest) = run.split_once('h').expect("a run");
        let (x, y) = xy.split_once(' ').expect("x y");
        let len = rest.split('v').next().expect("a length");
        let (x, y, len): (usize, usize, usize) = (
            x.parse().expect("x"),
            y.parse().expect("y"),
            len.parse().expect("len"),
        );
        for cell in &mut modules[y][x..x + len] {
            *cell = true;
        }
    }
    let found = decode_modules(&modules, 4);
    assert_eq!(found.len(), 1, "one code in the SVG");
    found.into_iter().next().expect("one code")
}
