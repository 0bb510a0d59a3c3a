#!/usr/bin/env bash
# Installs what a fresh machine lacks to build HandlerSdk and publish native AOT functions:
# the .NET SDK is expected on PATH; native AOT links with clang (and lld when present) against zlib; curl for a test.
# Idempotent and quiet when everything is already there.
set -euo pipefail

missing=()
command -v clang >/dev/null 2>&1 || missing+=(clang)
command -v ld.lld >/dev/null 2>&1 || missing+=(lld)
[ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
# The streaming integration test reads serve --http's answer with curl -N, as a user would.
command -v curl >/dev/null 2>&1 || missing+=(curl)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing native AOT prerequisites: ${missing[*]}" >&2
  bash "$(dirname "$0")/apt-install.sh" "${missing[@]}"
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET 10 SDK (dotnet) is not on PATH; install it first: https://dot.net" >&2
  exit 1
fi
