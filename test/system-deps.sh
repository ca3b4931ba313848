#!/usr/bin/env bash
# The system packages the tests use: Chromium (browser tests), a CJK font (Chinese in screenshots),
# socat (kernel PTY pairs for the serial devices), espeak-ng and sox (voice clips), xvfb (a display for
# the Electron test where the binary exists). Installs what is
# missing when run as root (as on these machines and in CI); otherwise says what to install.
set -euo pipefail
missing=()
command -v chromium >/dev/null || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
command -v socat >/dev/null || missing+=(socat)
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
command -v sox >/dev/null || missing+=(sox)
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v strace >/dev/null || missing+=(strace)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing system packages for the tests: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "the tests need these system packages: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
