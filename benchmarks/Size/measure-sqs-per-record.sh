#!/usr/bin/env bash
# Issue 10's size goal: how much a per-record SQS handler adds to the native bootstrap. Publishes two copies of
# samples/HelloWorld for linux-x64 (native AOT, stripped, as `dotnet publish -r linux-x64` does for every function):
# as it is, and with one more handler taking SqsMessage<Order> (typed body, partial batch response). Prints both
# sizes and the growth. Run from anywhere; needs what `bash eng/install-prerequisites.sh` installs.
# --handler picks the added handler: typed (default: SqsMessage<Order>), untyped (SqsMessage, a string body, still
# the batch runner) or whole-batch (SqsEvent: the models only, no runner).
# With --map, ILC also writes map files and compare-maps.py lists what the handler adds, largest first, by type
# (ILC's map covers managed code and data; native code such as a linked OpenSSL shim shows only in the file size).
set -euo pipefail
map=false
handler=typed
while [[ $# -gt 0 ]]; do
  case "$1" in
    --map) map=true; shift ;;
    --handler) handler="$2"; shift 2 ;;
    *) echo "usage: $0 [--handler typed|untyped|whole-batch] [--map]" >&2; exit 2 ;;
  esac
done
case "$handler" in
  typed) parameter="SqsMessage<Order> message"; check="message.Body.Lines.Count == 0" ;;
  untyped) parameter="SqsMessage message"; check="message.Body.Length == 0" ;;
  whole-batch) parameter="SqsEvent batch"; check="batch.Records.Count == 0" ;;
  *) echo "unknown handler '$handler': typed, untyped or whole-batch" >&2; exit 2 ;;
esac
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$repo/artifacts/size"
rm -rf "$work"
mkdir -p "$work"

make_copy() {
  local name="$1"
  mkdir -p "$work/$name"
  cp "$repo"/samples/HelloWorld/*.cs "$work/$name/"
  sed -e "s|\.\.\\\\\.\.\\\\src|$repo/src|g" "$repo/samples/HelloWorld/HelloWorld.csproj" > "$work/$name/$name.csproj"
  # The samples' Directory.Build.props (warnings as errors, analyzers) applies to the copies too.
  cp "$repo/samples/Directory.Build.props" "$work/Directory.Build.props"
}

make_copy Baseline
make_copy WithSqs
cat > "$work/WithSqs/Shipping.cs" <<CS
using HandlerSdk;
using HandlerSdk.Events;

namespace HelloWorld;

public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice);

public sealed record Order(string OrderId, string Currency, decimal Total, List<OrderLine> Lines);

public static class Shipping
{
    [LambdaHandler(Name = "Ship")]
    public static Task ShipAsync($parameter, CancellationToken cancellationToken) =>
        $check ? throw new InvalidOperationException("nothing to ship") : Task.Delay(0, cancellationToken);
}
CS

size_of() {
  dotnet publish "$work/$1/$1.csproj" -c Release -r linux-x64 -nologo -v q -o "$work/$1/publish" -p:IlcGenerateMapFile=$map > "$work/$1/publish.log" 2>&1 \
    || { cat "$work/$1/publish.log"; exit 1; }
  stat -c %s "$work/$1/publish/bootstrap"
}

base=$(size_of Baseline)
with=$(size_of WithSqs)
echo "bootstrap, HelloWorld:                         $base bytes"
echo "bootstrap, HelloWorld + $handler handler:$(printf '%*s' $((13 - ${#handler})) '') $with bytes"
echo "growth:                                        $(( (with - base) / 1024 )) KB ($(( with - base )) bytes)"
if $map; then
  python3 "$repo/benchmarks/Size/compare-maps.py" \
    "$work/Baseline/obj/Release/net10.0/linux-x64/native/Baseline.map.xml" \
    "$work/WithSqs/obj/Release/net10.0/linux-x64/native/WithSqs.map.xml" --top 60
  # What the size work removed, and what would bring it back: JsonDocument links the OpenSSL shim (about 100 KB).
  for linked in System_Text_Json_JsonDocument System_Security_Cryptography_RandomNumberGenerator; do
    if grep -q "$linked" "$work/WithSqs/obj/Release/net10.0/linux-x64/native/WithSqs.map.xml"; then
      echo "linked: $linked"
    else
      echo "not linked: $linked"
    fi
  done
fi
