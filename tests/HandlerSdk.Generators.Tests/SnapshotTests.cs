using HandlerSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Tests;

/// <summary>What the generator writes, file by file, against committed snapshots; every output also compiles cleanly.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Orders_project()
    {
        var run = GeneratorRun.Run([Sources.OrdersModel, Sources.OrdersHandlers]).AssertCompilesCleanly();

        Assert.Contains("LambdaEntryPoint.g.cs", run.Sources.Keys);
        Snapshot.Verify(run);
    }

    [Fact]
    public void CamelCase_naming_and_null_omission()
    {
        var run = GeneratorRun.Run("""
            using System.Collections.Generic;
            using HandlerSdk;

            [assembly: HandlerSdk.LambdaJsonOptions(NamingPolicy = HandlerSdk.LambdaJsonNamingPolicy.CamelCase, OmitNullValues = true)]

            namespace Shop;

            public sealed record Item(string SkuCode, int URLCount, string? Note)
            {
                public List<string>? Labels { get; init; }
                public int? Rank { get; set; }
                public string IOStream { get; set; } = "";
            }

            public static class Handlers
            {
                [LambdaHandler]
                public static Item Echo(Item item) => item;
            }
            """).AssertCompilesCleanly();

        Snapshot.Verify(run);
    }

    [Fact]
    public void JsonIgnore_conditions_and_property_order()
    {
        var run = GeneratorRun.Run("""
            using System.Text.Json.Serialization;
            using HandlerSdk;

            namespace Shop;

            public sealed class Settings
            {
                [JsonPropertyOrder(2)]
                public string Last { get; set; } = "";

                [JsonIgnore]
                public string Secret { get; set; } = "";

                [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
                public string? Optional { get; set; }

                [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
                public int Count { get; set; }

                [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
                public System.DateOnly? When { get; set; }

                [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
                public string? Always { get; set; }

                [JsonPropertyOrder(-1)]
                [JsonPropertyName("first-one")]
                public int First { get; set; }

                [JsonInclude]
                public string Field = "";

                [JsonRequired]
                public string Must { get; set; } = "";
            }

            public static class Handlers
            {
                [LambdaHandler]
                public static Settings Apply(Settings settings) => settings;
            }
            """).AssertCompilesCleanly();

        Snapshot.Verify(run);
    }

    [Fact]
    public void A_user_converter_gets_options_that_need_no_reflection()
    {
        // JsonSerializerOptions.Default brings the reflection resolver: IL2026/IL3050 when the function is published AOT.
        var run = GeneratorRun.Run("""
            using System;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using HandlerSdk;

            namespace Shop;

            public sealed class EpochConverter : JsonConverter<DateTimeOffset>
            {
                public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                    DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64());

                public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
                    writer.WriteNumberValue(value.ToUnixTimeSeconds());
            }

            public sealed record Stamp([property: JsonConverter(typeof(EpochConverter))] DateTimeOffset At);

            public static class Handlers
            {
                [LambdaHandler]
                public static Stamp Echo(Stamp stamp) => stamp;
            }
            """).AssertCompilesCleanly();

        var converterFiles = run.Sources.Where(s => s.Value.Contains("global::Shop.EpochConverter", StringComparison.Ordinal)).Select(s => s.Key).ToHashSet();
        Assert.NotEmpty(converterFiles);
        Assert.All(run.Sources.Values, source => Assert.DoesNotContain("JsonSerializerOptions.Default", source, StringComparison.Ordinal));
        Snapshot.Verify(run, converterFiles.Contains);
    }

    [Fact]
    public void Enums_numeric_string_and_flags()
    {
        var run = GeneratorRun.Run("""
            using System;
            using System.Collections.Generic;
            using System.Text.Json.Serialization;
            using HandlerSdk;

            namespace Shop;

            [Flags]
            [JsonConverter(typeof(JsonStringEnumConverter))]
            public enum Permissions : byte
            {
                None = 0,
                Read = 1,
                Write = 2,
                ReadWrite = Read | Write,
                [JsonStringEnumMemberName("exec")]
                Execute = 4,
            }

            public enum Level : long
            {
                Low = -1,
                High = long.MaxValue,
            }

            public enum Color
            {
                Red,
                Green,
            }

            public sealed record Grant(Permissions Permissions, Level Level)
            {
                [JsonConverter(typeof(JsonStringEnumConverter<Color>))]
                public Color? Color { get; init; }

                public Dictionary<Color, int> PerColor { get; init; } = [];
            }

            public static class Handlers
            {
                [LambdaHandler]
                public static Grant Check(Grant grant) => grant;
            }
            """).AssertCompilesCleanly();

        Snapshot.Verify(run);
    }

    [Fact]
    public void Raw_stream_and_byte_payloads()
    {
        var run = GeneratorRun.Run("""
            using System;
            using System.IO;
            using System.Text.Json;
            using System.Text.Json.Nodes;
            using System.Threading.Tasks;
            using HandlerSdk;

            namespace Raw;

            public static class Handlers
            {
                [LambdaHandler]
                public static Stream Copy(Stream input) => input;

                [LambdaHandler]
                public static byte[] Bytes(byte[] input) => input;

                [LambdaHandler]
                public static ValueTask<ReadOnlyMemory<byte>> Memory(ReadOnlyMemory<byte> input) => ValueTask.FromResult(input);

                [LambdaHandler]
                public static byte[] Element(JsonElement input) => JsonSerializer.SerializeToUtf8Bytes(input.GetRawText());

                [LambdaHandler]
                public static Task Node(JsonNode input) => Task.CompletedTask;

                [LambdaHandler]
                public static async Task<Stream> Download(string name)
                {
                    await Task.Yield();
                    return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(name));
                }
            }
            """).AssertCompilesCleanly();

        Snapshot.Verify(run);
    }

    [Fact]
    public void Several_handlers_share_one_entry_point()
    {
        var run = GeneratorRun.Run("""
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using HandlerSdk;

            namespace Multi;

            public sealed record Ping(string Message);

            public static class Statics
            {
                [LambdaHandler(Name = "ping")]
                public static string Ping(Ping ping, ILambdaLogger logger)
                {
                    logger.LogInformation(ping.Message);
                    return ping.Message;
                }
            }

            public sealed class Disposing : IDisposable
            {
                [LambdaHandler]
                public void Fire(CancellationToken cancellationToken, Ping ping) => cancellationToken.ThrowIfCancellationRequested();

                public void Dispose()
                {
                }
            }

            public sealed class AsyncDisposing : IAsyncDisposable
            {
                [LambdaHandler]
                public async Task<int> Count(ILambdaContext context)
                {
                    await Task.Yield();
                    return context.AwsRequestId.Length;
                }

                public ValueTask DisposeAsync() => ValueTask.CompletedTask;
            }
            """).AssertCompilesCleanly();

        Assert.Contains("LambdaEntryPoint.g.cs", run.Sources.Keys);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Library_gets_no_entry_point()
    {
        var run = GeneratorRun.Run([Sources.OrdersModel, Sources.OrdersHandlers], OutputKind.DynamicallyLinkedLibrary).AssertCompilesCleanly();

        Assert.DoesNotContain("LambdaEntryPoint.g.cs", run.Sources.Keys);
        Assert.Contains("Orders_OrderHandlers.PlaceOrder.g.cs", run.Sources.Keys);
    }
}
