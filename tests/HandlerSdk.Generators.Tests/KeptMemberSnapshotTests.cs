using HandlerSdk.Generators.Tests.Infrastructure;

namespace HandlerSdk.Generators.Tests;

/// <summary>
/// Issue 10's size goal: for an event model (an <c>AwsEventObject</c>) the generated reader keeps undeclared members
/// as JSON text and the writer writes the text back; a user type's own <c>[JsonExtensionData]</c> dictionary is read
/// and written as System.Text.Json does. Both against committed snapshots.
/// </summary>
public sealed class KeptMemberSnapshotTests
{
    [Fact]
    public void Event_objects_keep_undeclared_members_as_text_user_types_as_elements()
    {
        var run = GeneratorRun.Run("""
            using System.Collections.Generic;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using HandlerSdk;
            using HandlerSdk.Events;

            namespace Shop;

            public sealed record Ping : AwsEventObject
            {
                public string? Name { get; init; }
            }

            public sealed class Pong
            {
                public string? Name { get; set; }

                [JsonExtensionData]
                public Dictionary<string, JsonElement>? Rest { get; set; }
            }

            public static class Handlers
            {
                [LambdaHandler]
                public static Pong Handle(Ping ping) => new() { Name = ping.Name };
            }
            """).AssertCompilesCleanly();

        Snapshot.Verify(run, static hint => hint is "LambdaJson.Shop_Ping.g.cs" or "LambdaJson.Shop_Pong.g.cs");
    }
}
