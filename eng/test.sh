#!/usr/bin/env bash
# Runs every test of HandlerSdk, then prints one line: "N passed, N failed".
# Exits non-zero when the build or any test fails. Installs what a fresh machine lacks first.
set -uo pipefail
cd "$(dirname "$0")/.."

bash eng/install-prerequisites.sh || exit 1
# The integration tests also publish for linux-arm64 and run that bootstrap under qemu-user.
bash eng/install-arm64-cross.sh || exit 1
# The emulator's streaming test runs the AWS SDK for JavaScript's InvokeWithResponseStreamCommand against it.
bash eng/install-node-sdk.sh || exit 1

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

# One build of everything first: warnings are errors, so this is also the zero-warnings check.
if ! dotnet build HandlerSdk.sln -c Debug -nologo -v quiet; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test HandlerSdk.sln -c Debug --no-build -nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results"
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The runner failed without reporting a failed test (a crashed test host, say): still a failure.
  failed=1
fi

echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
