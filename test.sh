#!/usr/bin/env bash
# The test command: ./mvnw -B verify, after making sure that what the tests need is there. The
# browser tests drive Debian's Chromium and its driver: when they are missing, this installs them
# (apt-get, as root or through sudo) or stops before the build saying what to install.
# Arguments go to Maven, e.g. ./test.sh -Dit.test=BrowserJourneysIT
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
. scripts/java.sh
require_java test
require_javac test

chromium=${CHROMIUM_BINARY:-/usr/bin/chromium}
driver=${CHROMEDRIVER_BINARY:-/usr/bin/chromedriver}
packages="chromium chromium-driver"

browser_problem() {
  echo "test: $1: the browser tests need Chromium and ChromeDriver; install them (Debian: sudo apt-get install $packages)," \
    "or set CHROMIUM_BINARY and CHROMEDRIVER_BINARY to where they are" >&2
  exit 1
}

install_browser() {
  command -v apt-get >/dev/null || browser_problem "$chromium or $driver is missing and this is not a Debian machine (no apt-get)"
  local as_root=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      as_root=(sudo -n)
    elif command -v sudo >/dev/null && [ -t 0 ]; then
      as_root=(sudo) # asks for the password on this terminal
    else
      browser_problem "$chromium or $driver is missing, and installing it needs root or sudo"
    fi
  fi
  local log="${TMPDIR:-/tmp}/rapport-test-apt.log"
  echo "test: installing $packages for the browser tests (${as_root[*]:+${as_root[*]} }apt-get; log in $log) ..."
  # DPkg::Lock::Timeout: wait for another apt-get that holds the lock instead of failing
  if ! { "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q \
      && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q $packages; } \
      >"$log" 2>&1; then
    browser_problem "apt-get could not install $packages ($(grep -E '^(E|Err):' "$log" | head -n 1 || true); see $log)"
  fi
}

if [ ! -x "$chromium" ] || [ ! -x "$driver" ]; then
  if { [ -n "${CHROMIUM_BINARY:-}" ] && [ ! -x "$chromium" ]; } || { [ -n "${CHROMEDRIVER_BINARY:-}" ] && [ ! -x "$driver" ]; }; then
    browser_problem "CHROMIUM_BINARY ($chromium) or CHROMEDRIVER_BINARY ($driver) names no program"
  fi
  install_browser
  [ -x "$chromium" ] && [ -x "$driver" ] || browser_problem "$packages were installed, yet $chromium or $driver is still missing"
fi
for program in "$chromium" "$driver"; do
  "$program" --version >/dev/null 2>&1 || browser_problem "$program does not run ($("$program" --version 2>&1 | tail -n 1))"
done

exec ./mvnw -B verify "$@"
