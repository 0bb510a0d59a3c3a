#!/usr/bin/env bash
# Installs what an x64 Debian/Ubuntu machine lacks to publish HandlerSdk functions for linux-arm64 (native AOT
# cross-compiled: clang links with --target aarch64 against the cross gcc's runtime objects and Debian's arm64 libc in
# /usr/aarch64-linux-gnu) and to run the result under qemu-user, as the integration tests do.
# On an arm64 machine nothing is needed. Idempotent and quiet when everything is already there.
set -euo pipefail

[ "$(uname -m)" = "aarch64" ] && exit 0

missing=()
command -v aarch64-linux-gnu-gcc >/dev/null 2>&1 || missing+=(gcc-aarch64-linux-gnu)
[ -e /usr/aarch64-linux-gnu/lib/crt1.o ] || missing+=(libc6-dev-arm64-cross)
command -v qemu-aarch64 >/dev/null 2>&1 || missing+=(qemu-user)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing the linux-arm64 cross toolchain: ${missing[*]}" >&2
  bash "$(dirname "$0")/apt-install.sh" "${missing[@]}"
fi
