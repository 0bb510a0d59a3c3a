#!/usr/bin/env bash
# Measures what the generator and the analyzers add to a build of a 100-handler / 300-type project with a
# 500-method service layer (issue 3's and issue 4's scale goals), with the compiler's own analyzer timing
# (-p:ReportAnalyzer=true): a clean build, then an unrelated edit.
#   bash benchmarks/GeneratorScale/measure.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# Outside the repository: its Directory.Build.props (docs required, analyzers on) would measure something else.
work=${TMPDIR:-/tmp}/handlersdk-generator-scale
rm -rf "$work"
python3 "$root/benchmarks/GeneratorScale/generate.py" "$work" "$root"
cd "$work"
dotnet build-server shutdown >/dev/null 2>&1 || true
dotnet restore -v q >/dev/null

report() {
  # The compiler prints per-generator and per-analyzer wall time under "Total analyzer execution time".
  grep -E "HandlerSdk\.(Generators\.LambdaHandlerGenerator|Generators\.Analyzers\.HandlerAnalyzer|Analyzers\.HandlerCodeAnalyzer)|Total (analyzer|generator) execution time" "$1" | sed 's/^ *//' | sort -u
}

start=$(date +%s.%N)
dotnet build --no-restore -p:ReportAnalyzer=true -v:detailed > clean.log
end=$(date +%s.%N)
echo "clean build: $(echo "$end - $start" | bc) s wall"
report clean.log
echo "generated files: $(find obj -path '*generated*' -name '*.g.cs' 2>/dev/null | wc -l) (only with EmitCompilerGeneratedFiles)"

sed -i 's/=> 1;/=> 2;/' Unrelated.cs
start=$(date +%s.%N)
dotnet build --no-restore -p:ReportAnalyzer=true -v:detailed > edit.log
end=$(date +%s.%N)
echo "after an unrelated edit: $(echo "$end - $start" | bc) s wall"
report edit.log
