#!/usr/bin/env bash
# Whole-process figures for docs/performance.md, on generated journals
# (`givegive demo --generate N --seed 42`): each command cold (no holder:
# process start, store open, the command's work, flush and exit) and warm
# (answered by the journal's resident holder), peak memory of commands, of
# the holder and of the TUI, the TUI's first complete frame, store size,
# and opening after an unclean shutdown.
#
#   bash benches/whole-process.sh            # 10,000 and 100,000 people
#   bash benches/whole-process.sh 10000      # one size
#
# Needs hyperfine, tmux, jq and GNU time. Stores are kept in
# $GIVEGIVE_BENCH_DIR (default /tmp/givegive-bench) and reused: generating
# 100,000 people takes about 45 s and 700 MB. In-process figures come from
# `cargo bench --bench tui`.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine tmux jq /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "whole-process.sh needs $tool" >&2; exit 1; }
done
cargo build --release --quiet
bin=$PWD/target/release/givegive
work=${GIVEGIVE_BENCH_DIR:-/tmp/givegive-bench}
mkdir -p "$work"
export GIVEGIVE_TODAY=2026-11-23
# Cold unless a line says otherwise: no holder starts.
export GIVEGIVE_LINGER=0
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)

# Milliseconds from starting the TUI until its tab bar is on screen: the
# whole first frame is drawn at once. The polling loop itself costs ~12 ms.
first_frame() {
  local db=$1 start end
  tmux kill-session -t gg-bench 2>/dev/null || true
  start=$(date +%s%N)
  tmux new-session -d -s gg-bench -x 120 -y 40 \
    "/usr/bin/time -f %M -o $work/tui-rss $bin --db $db"
  until tmux capture-pane -p -t gg-bench 2>/dev/null | grep -q Contacts; do sleep 0.005; done
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

quit_tui() {
  tmux send-keys -t gg-bench q
  while tmux has-session -t gg-bench 2>/dev/null; do sleep 0.05; done
}

rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }

for n in "${sizes[@]}"; do
  db=$work/gen-$n
  if [ ! -d "$db" ]; then
    "$bin" --db "$db" demo --generate "$n" --seed 42 | tee "$work/gen-$n.log"
    # The first review builds every person's review digest, once.
    "$bin" --db "$db" review >/dev/null
  fi
  busiest=$("$bin" --db "$db" balance --json | jq -r '.rows
    | map({name, n: (.tallies | .my_gives.count + .my_asks.count + .their_gives.count + .their_asks.count)})
    | max_by(.n) | .name')
  someone=$("$bin" --db "$db" list --json | jq -r '.[length / 2 | floor].name')
  echo "== $n people (busiest: $busiest; capture and show: $someone)"

  commands=(
    -n 'open only (trash)' "$bin --db $db trash"
    -n capture "$bin --db $db gave '$someone' 'bench capture' --on 2026-11-01"
    -n show "$bin --db $db show '$someone'"
    -n 'show busiest' "$bin --db $db show '$busiest'"
    -n list "$bin --db $db list"
    -n balance "$bin --db $db balance"
    -n review "$bin --db $db review"
    -n stats "$bin --db $db stats"
  )
  # Cold: no holder, each command opens the journal itself.
  "$bin" --db "$db" holder stop >/dev/null
  hyperfine -N --warmup 3 --runs 20 \
    --export-markdown "$work/commands-$n-cold.md" "${commands[@]}"
  echo "peak RSS, cold (KB): capture $(rss "$bin" --db "$db" gave "$someone" 'bench capture' --on 2026-11-01)," \
    "show $(rss "$bin" --db "$db" show "$someone")," \
    "list $(rss "$bin" --db "$db" list)," \
    "review $(rss "$bin" --db "$db" review)"

  # Warm: the first command starts the holder; the rest are answered by it.
  GIVEGIVE_LINGER=900 "$bin" --db "$db" trash >/dev/null
  GIVEGIVE_LINGER=900 hyperfine -N --warmup 3 --runs 20 \
    --export-markdown "$work/commands-$n-warm.md" "${commands[@]}"
  holder=$(GIVEGIVE_LINGER=900 "$bin" --db "$db" holder status | grep -o 'pid [0-9]*' | cut -d' ' -f2)
  echo "peak RSS of the holder after them (KB): $(grep VmHWM /proc/"$holder"/status | tr -s ' ' | cut -d' ' -f2)"
  echo "peak RSS of a command answered by it (KB): $(GIVEGIVE_LINGER=900 rss "$bin" --db "$db" show "$someone")"

  # The TUI takes the journal over from a lingering holder (it asks it to
  # let go), or opens it when none runs.
  frames=()
  for _ in 1 2 3 4 5; do
    frames+=("$(first_frame "$db")")
    quit_tui
  done
  echo "TUI first frame, no holder (ms, 5 runs): ${frames[*]}; TUI peak RSS after it: $(cat "$work/tui-rss") KB"
  frames=()
  for _ in 1 2 3 4 5; do
    GIVEGIVE_LINGER=900 "$bin" --db "$db" trash >/dev/null
    frames+=("$(first_frame "$db")")
    quit_tui
  done
  echo "TUI first frame, taking over from a holder (ms, 5 runs): ${frames[*]}"

  # A capture typed while the TUI is open goes to it over the socket.
  first_frame "$db" >/dev/null
  hyperfine -N --warmup 3 --runs 20 \
    -n 'capture, TUI open' "$bin --db $db gave '$someone' 'bench relay' --on 2026-11-01"
  # Eighty captures while it is open, then its peak memory.
  for i in $(seq 80); do "$bin" --db "$db" gave "$someone" "bench relay $i" --on 2026-11-01 >/dev/null; done
  quit_tui
  echo "TUI peak RSS after 80 captures: $(cat "$work/tui-rss") KB"

  echo "store: $(du -sb "$db" | cut -f1) bytes; $(grep -o '[0-9]* records' "$work/gen-$n.log" 2>/dev/null || echo '? records')"

  # Opening after an unclean shutdown: each run first kills a capture
  # mid-way with SIGKILL on a copy of the store.
  rm -rf "$db-crash" && cp -r "$db" "$db-crash" && sync
  hyperfine -N --runs 10 \
    --prepare "sh -c \"timeout -s KILL 0.02 env GIVEGIVE_LINGER=0 $bin --db $db-crash gave '$someone' killed --on 2026-11-01; true\"" \
    -n 'open after SIGKILL' "$bin --db $db-crash trash"
  "$bin" --db "$db-crash" check
  rm -rf "$db-crash"
  "$bin" --db "$db" holder stop >/dev/null
done
