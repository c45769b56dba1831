#!/bin/sh
# Makes sure Debian's headless Chromium and its WebDriver are there for browser-tests/, installing
# them when it can, and otherwise stops the build with what to install. It never skips the tests.
#
#   tools/ensure-chromium.sh [CHROMIUM] [CHROMEDRIVER]
#
# CHROMIUM and CHROMEDRIVER are the executables the tests start (default /usr/bin/chromium and
# /usr/bin/chromedriver, where Debian's packages "chromium" and "chromium-driver" put them).
# When one is missing: as root, or with sudo that needs no password, it runs
# "apt-get update" and "apt-get install -y chromium chromium-driver"; otherwise, or when apt-get
# is not there or fails, it exits 1 with a message saying what to install.
set -u

chromium=${1:-/usr/bin/chromium}
driver=${2:-/usr/bin/chromedriver}
packages="chromium chromium-driver"

present() {
  [ -x "$chromium" ] && [ -x "$driver" ]
}

fail() {
  cat >&2 <<MSG
[ensure-chromium] $1
The browser tests (browser-tests/) need Debian's Chromium and its WebDriver:
  $chromium and $driver
Install them as root, then build again:
  apt-get update && apt-get install -y $packages
(On another system, install Chromium and a chromedriver of the same major version, and pass
their paths with -Dchromium.binary=... -Dchromedriver.binary=...)
MSG
  exit 1
}

if present; then
  echo "[ensure-chromium] found $chromium and $driver"
  exit 0
fi

missing=""
[ -x "$chromium" ] || missing="$chromium"
[ -x "$driver" ] || missing="$missing $driver"
echo "[ensure-chromium] missing:$missing; trying to install $packages"

if ! command -v apt-get >/dev/null 2>&1; then
  fail "Missing:$missing, and there is no apt-get here to install it with."
fi

if [ "$(id -u)" = "0" ]; then
  run=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
  run="sudo -n"
else
  fail "Missing:$missing. Not root and no password-free sudo, so it cannot be installed here."
fi

# DEBIAN_FRONTEND keeps apt from asking questions on a machine without a terminal (CI).
if ! $run env DEBIAN_FRONTEND=noninteractive apt-get update; then
  fail "apt-get update failed (see above)."
fi
if ! $run env DEBIAN_FRONTEND=noninteractive apt-get install -y $packages; then
  fail "apt-get install -y $packages failed (see above)."
fi

if present; then
  echo "[ensure-chromium] installed $chromium and $driver"
  exit 0
fi
fail "apt-get installed $packages, but$missing is still missing."
