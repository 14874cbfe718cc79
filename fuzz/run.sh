#!/usr/bin/env bash
# Runs one fuzz target for a given time: fuzz/run.sh TARGET SECONDS [libFuzzer options...]
# TARGET is agenda, record or ops. Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly
# toolchain (`rustup toolchain install nightly`). Findings land in fuzz/artifacts/TARGET/;
# copy each into tests/corpus/fuzz/TARGET/ once fixed, and `cargo test` replays it for good.
set -euo pipefail
cd "$(dirname "$0")"
target="${1:?usage: fuzz/run.sh agenda|record|ops SECONDS}"
seconds="${2:-60}"
shift $(( $# < 2 ? $# : 2 ))
corpus="corpus/$target"
mkdir -p "$corpus"
# Start from the saved regressions and seeds, so every run begins where the last left off.
seeds="../tests/corpus/fuzz/$target"
[ -d "$seeds" ] && cp -n "$seeds"/* "$corpus"/ 2>/dev/null || true
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
cargo +nightly fuzz run "$target" "$corpus" -- \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 "$@"
