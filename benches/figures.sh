#!/usr/bin/env bash
# Every figure in docs/performance.md in one command, about 25 minutes on
# the 2-core machine: whole-process timings (benches/whole-process.sh), the
# in-process benches (`cargo bench --bench tui`), and the side-by-side run
# with jrnl, khard and abook when ../shared/peers is beside the repository.
#
#   bash benches/figures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash benches/whole-process.sh "$@"
cargo bench --bench tui
if [ -x ../shared/peers/run ]; then
  ../shared/peers/run target/release/givegive
fi
