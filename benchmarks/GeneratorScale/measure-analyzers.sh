#!/usr/bin/env bash
# Issue 4's analyzer benchmark: a project of 2,000 methods with 50 handlers (every service method reached from
# them), rebuilt with -p:ReportAnalyzer=true, in build mode (command line) and in live mode (the IDE's). Prints each
# HandlerSdk analyzer's time, their sum, the compiler task's time, and the share of it the analyzers take (goal: <= 10%).
#   bash benchmarks/GeneratorScale/measure-analyzers.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${TMPDIR:-/tmp}/handlersdk-analyzer-scale
rm -rf "$work"
python3 "$root/benchmarks/GeneratorScale/generate.py" "$work" "$root" 50 195
cd "$work"
dotnet build-server shutdown >/dev/null 2>&1 || true
dotnet restore -v q >/dev/null
# Build the referenced projects first, so that the measured build compiles only this project.
dotnet build --no-restore -v q >/dev/null
measure() {
  touch Handlers.cs
  dotnet build --no-restore --no-dependencies -p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary "$@" > build.log
  grep -E "HandlerSdk\.(Generators\.LambdaHandlerGenerator|(Generators\.)?Analyzers\.[A-Za-z]+Analyzer)" build.log | sed 's/^ *//' | sort -u
  analyzers=$(grep -E "HandlerSdk\.(Generators\.)?Analyzers\.[A-Za-z]+Analyzer" build.log | awk '{ s += $1 } END { printf "%.3f", s }')
  csc=$(grep -E "^ +[0-9]+ ms +Csc +[0-9]+ calls" build.log | awk '{ printf "%.3f", $1 / 1000 }')
  echo "HandlerSdk analyzers: ${analyzers} s; Csc task: ${csc} s; share: $(echo "scale=1; 100 * $analyzers / $csc" | bc)%"
}

# A command-line build, as HandlerSdk's props set it up (HandlerSdkAnalysis=build).
echo "== build mode (command line)"
measure
# The IDE's live mode, forced here for comparison: the analyzer walks the graph by binding it itself.
echo "== live mode (what the IDE runs, forced)"
measure -p:HandlerSdkAnalysis=live
