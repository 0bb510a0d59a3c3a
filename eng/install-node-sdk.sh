#!/usr/bin/env bash
# Installs the AWS SDK for JavaScript v3's Lambda client (@aws-sdk/client-lambda) into artifacts/node-sdk, which git
# ignores, for the test that calls the emulator with the real InvokeWithResponseStreamCommand. Node.js and npm come from
# Debian when missing. Idempotent and quiet when everything is already there.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Installing Node.js for the AWS SDK test: nodejs npm" >&2
  bash "$(dirname "$0")/apt-install.sh" nodejs npm
fi

target="$root/artifacts/node-sdk"
[ -f "$target/node_modules/@aws-sdk/client-lambda/package.json" ] && exit 0

mkdir -p "$target"
cd "$target"
[ -f package.json ] || printf '{ "private": true }\n' > package.json
# No version: the registry serves the AWS packages at differing versions, and npm picks ones that load together.
npm install --no-audit --no-fund --loglevel=error @aws-sdk/client-lambda >/dev/null
