using System.Text.Json.Serialization;

namespace HandlerSdk.Benchmarks.Serialization;

/// <summary>
/// The baseline: System.Text.Json's source generator with the options our generated code has by default:
/// names as declared, case-insensitive reads, nulls written, enums as numbers.
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(OrderDocument))]
[JsonSerializable(typeof(HttpApiRequest))]
[JsonSerializable(typeof(SqsEvent))]
[JsonSerializable(typeof(Manifest))]
internal sealed partial class StjContext : JsonSerializerContext;
