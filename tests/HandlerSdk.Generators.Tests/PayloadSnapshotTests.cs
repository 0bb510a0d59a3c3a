using HandlerSdk.Generators.Tests.Infrastructure;

namespace HandlerSdk.Generators.Tests;

/// <summary>
/// What the generator writes for <c>[JsonPayload]</c> members (issue 10, item 2), against committed snapshots. A user
/// type only: the event models' own files belong to their families' tests, and change with them.
/// </summary>
public sealed class PayloadSnapshotTests
{
    [Fact]
    public void Payload_members_in_every_encoding()
    {
        var run = GeneratorRun.Run("""
            using System.Collections.Generic;
            using HandlerSdk;
            using HandlerSdk.Serialization;

            namespace Shop;

            public sealed record Order(string Id, decimal Total);

            public sealed record Envelope
            {
                [JsonPayload(PayloadEncoding.Base64Json)] public Order Data { get; init; } = new("", 0);
                [JsonPayload(PayloadEncoding.Base64GzipJson)] public List<Order>? Zipped { get; init; }
                [JsonPayload(PayloadEncoding.DynamoDbJson)] public Order? Image { get; init; }
                [JsonPayload(PayloadEncoding.Json)] public int? Count { get; init; }
            }

            public static class Handlers
            {
                [LambdaHandler]
                public static Envelope Echo(Envelope envelope) => envelope;
            }
            """).AssertCompilesCleanly();

        Assert.Contains("LambdaJson.Shop_Order_1AsDynamoDbJsonPayload.g.cs", run.Sources.Keys);
        Snapshot.Verify(run);
    }
}
