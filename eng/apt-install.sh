#!/usr/bin/env bash
# Installs the Debian packages given as arguments, quietly, through sudo when not root. Used by the install scripts
# beside it once they have found what is missing.
set -euo pipefail
[ $# -gt 0 ] || exit 0

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "$@" >/dev/null
