//! The table of every figure, from the last runs of the other benches: criterion's medians
//! (`<target>/criterion/**/new/estimates.json`) and the terminal harness's results
//! (`<target>/plenary-perf/results/`). Prints it as Markdown and writes it to
//! `<target>/plenary-perf/report.md`. A figure that was not measured shows as "—".
//!
//! `cargo bench --bench report` (run last; `benches/run.sh` does)

mod common;

use std::fmt::Write;

/// The median of a criterion benchmark, in nanoseconds.
fn median_ns(id: &str) -> Option<f64> {
    let path = common::target_dir()
        .join("criterion")
        .join(id)
        .join("new/estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    json["median"]["point_estimate"].as_f64()
}

fn median_ms(id: &str) -> Option<f64> {
    median_ns(id).map(|ns| ns / 1e6)
}

fn result(name: &str) -> Option<f64> {
    let path = common::perf_dir().join("results").join(name);
    std::fs::read_to_string(path).ok()?.trim().parse().ok()
}

fn fmt_ms(v: Option<f64>) -> String {
    match v {
        None => "—".to_owned(),
        Some(v) if v < 1.0 => format!("{:.0} µs", v * 1e3),
        Some(v) if v < 100.0 => format!("{v:.2} ms"),
        Some(v) => format!("{v:.0} ms"),
    }
}

fn fmt(v: Option<f64>, unit: &str, decimals: usize) -> String {
    v.map_or("—".to_owned(), |v| format!("{v:.decimals$}{unit}"))
}

fn verdict(ok: Option<bool>) -> &'static str {
    match ok {
        None => "—",
        Some(true) => "met",
        Some(false) => "**missed**",
    }
}

struct Table(String);

impl Table {
    fn row(&mut self, cells: [&str; 6]) {
        let _ = writeln!(self.0, "| {} |", cells.join(" | "));
    }
}

fn both<T>(a: Option<T>, b: Option<T>) -> Option<(T, T)> {
    a.zip(b)
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let load = std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    format!("{cores} cores (nproc), {cpu}; load average at report time {load}")
}

fn main() {
    let mut t = Table(String::new());
    t.row([
        "figure", "measured", "against", "budget", "ratio", "verdict",
    ]);
    t.row(["---", "---:", "---:", "---", "---:", "---"]);

    // 1. Durable capture.
    let us = |name: &str| result(name).map(|v| v / 1e3);
    let (commit, floor) = (
        us("capture_commit_median_us"),
        us("capture_floor_median_us"),
    );
    let ratio = both(commit, floor).map(|(c, f)| c / f);
    t.row([
        "1 durable capture: `Store::commit` of one note, median of 3,000",
        &fmt_ms(commit),
        &format!("write + fdatasync: {}", fmt_ms(floor)),
        "≤ 1.3 × floor",
        &fmt(ratio, " ×", 2),
        verdict(ratio.map(|r| r <= 1.3)),
    ]);
    let (commit, floor) = (us("capture_commit_mean_us"), us("capture_floor_mean_us"));
    t.row([
        "  mean (with the snapshots)",
        &fmt_ms(commit),
        &format!("write + fdatasync: {}", fmt_ms(floor)),
        "info",
        &fmt(both(commit, floor).map(|(c, f)| c / f), " ×", 2),
        "",
    ]);
    let (commit, floor) = (us("capture_commit_p99_us"), us("capture_floor_p99_us"));
    t.row([
        "  p99",
        &fmt_ms(commit),
        &format!("write + fdatasync: {}", fmt_ms(floor)),
        "info",
        &fmt(both(commit, floor).map(|(c, f)| c / f), " ×", 2),
        "",
    ]);
    t.row([
        "  (every 1,000th commit adds) a snapshot of the 10,000-op record",
        &fmt_ms(median_ms("capture_snapshot/snapshot_10k")),
        "",
        "info",
        "",
        "",
    ]);

    // 2. Frames.
    for (id, what) in [
        ("frame_board_2000", "board, 2,000 cards in 12 strategies"),
        ("frame_notes_5000", "notes tab, 5,000 notes"),
        ("frame_projector_board_2000", "projector, that board"),
        ("frame_projector_agenda", "projector, the day's agenda"),
        (
            "frame_editor_over_board_2000",
            "note editor over that board (info)",
        ),
    ] {
        let m = median_ms(id);
        t.row([
            &format!("2 frame at 200x60: {what}, median"),
            &fmt_ms(m),
            "",
            "≤ 1 ms",
            &fmt(m, "", 2),
            verdict(m.map(|m| m <= 1.0)),
        ]);
    }

    // 3. Open.
    let load = median_ms("open/load_journal");
    let decode = median_ms("open/decode_memory");
    let ratio = both(load, decode).map(|(l, d)| l / d);
    t.row([
        "3 open: `store::load` of 10,000 journal frames (no snapshot), median",
        &fmt_ms(load),
        &format!("decode from memory: {}", fmt_ms(decode)),
        "≤ 2 × and < 100 ms",
        &fmt(ratio, " ×", 2),
        verdict(both(ratio, load).map(|(r, l)| r <= 2.0 && l < 100.0)),
    ]);
    let snap = median_ms("open/load_snapshot");
    let snap_ratio = both(snap, decode).map(|(l, d)| l / d);
    t.row([
        "  open as plenary leaves a record (snapshot at 10,000, no tail)",
        &fmt_ms(snap),
        &format!("decode from memory: {}", fmt_ms(decode)),
        "≤ 2 × and < 100 ms",
        &fmt(snap_ratio, " ×", 2),
        verdict(both(snap_ratio, snap).map(|(r, l)| r <= 2.0 && l < 100.0)),
    ]);
    t.row([
        "  decode + `Live::apply` from memory",
        &fmt_ms(median_ms("open/decode_apply_memory")),
        "",
        "info",
        "",
        "",
    ]);

    // 4. Export.
    let all = median_ms("export/export_all");
    t.row([
        "4 export: Markdown + HTML + the meeting's QR codes (terminal, SVG, PNG), median",
        &fmt_ms(all),
        "",
        "< 50 ms",
        &fmt(all.map(|a| a / 50.0), "", 2),
        verdict(all.map(|a| a < 50.0)),
    ]);
    for (id, what) in [
        ("export/markdown", "Markdown minutes"),
        (
            "export/html",
            "HTML minutes (with the meeting's codes as SVG)",
        ),
        ("export/qr_meeting", "the meeting's QR codes, three ways"),
        ("export/qr_sessions", "every session's QR codes too (info)"),
    ] {
        t.row([
            &format!("  {what}"),
            &fmt_ms(median_ms(id)),
            "",
            "info",
            "",
            "",
        ]);
    }

    // 5. Keystroke to screen.
    let ours = result("keystroke_plenary_p99_ms");
    let theirs = result("keystroke_nano_p99_ms");
    let ratio = both(ours, theirs).map(|(o, n)| o / n);
    t.row([
        "5 keystroke to screen, 2,000-card board behind the editor, p99",
        &fmt_ms(ours),
        &format!("nano: {}", fmt_ms(theirs)),
        "≤ nano's p99",
        &fmt(ratio, " ×", 2),
        verdict(both(ours, theirs).map(|(o, n)| o <= n)),
    ]);
    t.row([
        &format!(
            "  p50 (of {} keys each)",
            fmt(result("keystroke_plenary_keys"), "", 0)
        ),
        &fmt_ms(result("keystroke_plenary_p50_ms")),
        &format!("nano: {}", fmt_ms(result("keystroke_nano_p50_ms"))),
        "info",
        "",
        "",
    ]);
    t.row([
        "  slowest key",
        &fmt_ms(result("keystroke_plenary_max_ms")),
        &format!("nano: {}", fmt_ms(result("keystroke_nano_max_ms"))),
        "info",
        "",
        "",
    ]);

    // 6. Idle and memory.
    let idle = result("idle_plenary_cpu_percent");
    t.row([
        "6 idle: CPU over 60 s on a running session (timer ticking), board of 2,000 cards",
        &fmt(idle, " %", 3),
        &format!("nano: {}", fmt(result("idle_nano_cpu_percent"), " %", 3)),
        "< 0.5 % of one core",
        &fmt(idle.map(|i| i / 0.5), "", 2),
        verdict(idle.map(|i| i < 0.5)),
    ]);
    let peak = result("export_peak_mib");
    t.row([
        "6 peak memory of `plenary export` on the 10,000-op record (worst of md/html, with/without snapshot)",
        &fmt(peak, " MiB", 1),
        "",
        "< 50 MB",
        &fmt(peak.map(|p| p * 1.048_576 / 50.0), "", 2),
        verdict(peak.map(|p| p * 1.048_576 < 50.0)),
    ]);
    for (name, what) in [
        (
            "export_peak_mib_md_snapshot",
            "md, record with its snapshot",
        ),
        (
            "export_peak_mib_html_snapshot",
            "html, record with its snapshot",
        ),
        ("export_peak_mib_md_journal", "md, journal only"),
        ("export_peak_mib_html_journal", "html, journal only"),
    ] {
        t.row([
            &format!("  {what}"),
            &fmt(result(name), " MiB", 1),
            "",
            "info",
            "",
            "",
        ]);
    }

    let report = format!("Machine: {}\n\n{}", machine(), t.0);
    println!("\n{report}");
    let path = common::perf_dir().join("report.md");
    std::fs::write(&path, &report).expect("write the report");
    println!("(also in {})", path.display());
}
