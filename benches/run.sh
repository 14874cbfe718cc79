#!/usr/bin/env bash
# Every performance figure of docs/PERFORMANCE.md, in one run, then the table of them.
#
#   bash benches/run.sh
#
# Runs the criterion benches (capture, frames, open, export), the terminal harness
# (keystroke to screen and idle, side by side with nano; peak memory of `plenary export`),
# and prints the table (also written to <target>/plenary-perf/report.md). Takes about eight
# minutes; the idle measurement alone sits for 60 s. Installs nano and GNU time with apt-get
# when they are missing. Nothing here is part of `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v nano >/dev/null || [ ! -x /usr/bin/time ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq nano time >/dev/null
fi

target="${CARGO_TARGET_DIR:-target}"
rm -rf "$target/plenary-perf/results"

started=$(date +%s)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cargo bench --bench capture --bench frames --bench open --bench export
cargo bench --bench terminal
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); took $(( $(date +%s) - started )) s"
cargo bench --bench report
