#!/usr/bin/env bash
# Cold start to first rendered map of the release app, under Xvfb.
# Each run starts a new process on the demo workspace with `--open "Helios Freight"`; the UI
# reports when React Flow has painted the map, the app prints when each phase of the start was
# reached (the shell's, then the UI's marks) and the time since its main() began, and quits. The
# wall time around the whole process (exec, dynamic linking, WebKit start) is printed too.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-$PWD/target}
runs=${RUNS:-5}
export WEBKIT_DISABLE_DMABUF_RENDERER=1

(cd ui && npx vite build --logLevel warn)
cargo build --release -q -p rapport-app -p rapport-cli
tmp=$(mktemp -d)
ws=$tmp/bench.rapport
# The runs' settings stay beside the file, so the benchmark does not become the user's last workspace.
export RAPPORT_CONFIG_DIR=$tmp/config
"$target/release/rapport" demo --workspace "$ws" >/dev/null

for i in $(seq "$runs"); do
  start=$(date +%s%N)
  report=$(xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$target/release/rapport-app" --workspace "$ws" --open "Helios Freight" --measure-startup 2>/dev/null)
  end=$(date +%s%N)
  echo "run $i: ${report##*$'\n'}; process wall time $(((end - start) / 1000000)) ms (includes starting Xvfb)"
  echo "${report%$'\n'*}"
done
