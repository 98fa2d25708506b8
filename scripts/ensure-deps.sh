#!/usr/bin/env bash
# Installs what `make run` (build), `make bundle` (bundle) or `make test` (test) needs, only what
# is missing: Debian packages through apt (with sudo when not root), tauri-driver and the Tauri CLI
# through cargo, and the UI's npm packages. Safe to run again; it does nothing when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-build}
packages=(libwebkit2gtk-4.1-dev build-essential libssl-dev libayatana-appindicator3-dev librsvg2-dev
          libxdo-dev pkg-config xvfb xauth)
if [[ $want == test ]]; then
  # dbus: a session bus for the single-instance plugin (dbus-run-session); x11-utils: xwininfo
  # reads the native window's title.
  packages+=(webkit2gtk-driver poppler-utils imagemagick dbus x11-utils)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "Installing Debian packages: ${missing[*]}"
  sudo=""
  [[ $(id -u) == 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The Tauri CLI builds the .deb (`make bundle`, and the debug bundle the install test checks).
# Version 2 explicitly: the newest on crates.io is a 3.0 alpha, which does not fit tauri 2.
if [[ $want == test || $want == bundle ]] && ! command -v cargo-tauri >/dev/null; then
  echo "Installing the Tauri CLI 2 (builds the .deb)"
  cargo install tauri-cli --version ^2 --locked
fi

if [[ $want == test ]] && ! command -v tauri-driver >/dev/null; then
  echo "Installing tauri-driver 2 (WebDriver bridge for the end-to-end tests)"
  cargo install tauri-driver --version ^2 --locked
fi

# npm ci only when the lock file changed since the last install.
if [[ ! -f ui/node_modules/.package-lock.json || ui/package-lock.json -nt ui/node_modules/.package-lock.json ]]; then
  echo "Installing the UI's npm packages"
  (cd ui && npm ci --no-fund --no-audit)
fi
