using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HandlerSdk.Http;
using HandlerSdk.Tests.Batches;

namespace HandlerSdk.Tests.Http;

/// <summary>AWS's sample events (Samples/), small events of each format, and a way to run a response through the runner.</summary>
internal static class HttpSamples
{
    public const string V2 = """
        {"version":"2.0","routeKey":"$default","rawPath":"/orders/1","rawQueryString":"","headers":{"accept":"*/*"},
         "requestContext":{"http":{"method":"GET","path":"/orders/1","protocol":"HTTP/1.1","sourceIp":"1.2.3.4"},"requestId":"r-1"},
         "isBase64Encoded":false}
        """;

    public const string V1 = """
        {"resource":"/orders/{id}","path":"/orders/1","httpMethod":"GET","headers":{"Accept":"*/*"},"multiValueHeaders":{"Accept":["*/*"]},
         "queryStringParameters":null,"multiValueQueryStringParameters":null,
         "requestContext":{"requestId":"r-1","identity":{"sourceIp":"1.2.3.4"}},"body":null,"isBase64Encoded":false}
        """;

    public const string AlbSingle = """
        {"requestContext":{"elb":{"targetGroupArn":"arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/t/1"}},
         "httpMethod":"GET","path":"/orders/1","queryStringParameters":{},"headers":{"accept":"*/*"},"body":"","isBase64Encoded":false}
        """;

    public const string AlbMulti = """
        {"requestContext":{"elb":{"targetGroupArn":"arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/t/1"}},
         "httpMethod":"GET","path":"/orders/1","multiValueQueryStringParameters":{},"multiValueHeaders":{"accept":["*/*"]},"body":"","isBase64Encoded":false}
        """;

    public static ReadOnlyMemory<byte> Sample(string name, [CallerFilePath] string caller = "") =>
        File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(caller)!, "Samples", name));

    public static HttpRequest Read(string json) => HttpRequest.Read(Encoding.UTF8.GetBytes(json));

    /// <summary>Runs <paramref name="event"/> through the runner with a dispatch answering <paramref name="respond"/>.</summary>
    public static async Task<string> RunAsync(string @event, Func<HttpRequest, HttpResponse> respond, FakeLambdaContext? context = null)
    {
        var output = new ArrayBufferWriter<byte>();
        await HttpRunner.RunAsync(
            Encoding.UTF8.GetBytes(@event),
            context ?? new FakeLambdaContext(),
            output,
            CancellationToken.None,
            (request, _, _) => ValueTask.FromResult(respond(request)));
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>Asserts two JSON texts hold the same JSON, members in the same order.</summary>
    public static void AssertJson(string expected, string actual) =>
        Assert.Equal(JsonNode.Parse(expected)!.ToJsonString(), JsonNode.Parse(actual)!.ToJsonString());

    /// <summary>The response's body, read back as the gateway reads it (base64-decoded when flagged).</summary>
    public static string BodyOf(string response)
    {
        using var document = JsonDocument.Parse(response);
        return document.RootElement.GetProperty("body").GetString()!;
    }
}

/// <summary>A body type with a hand-written JSON writer, as the generator would emit one.</summary>
internal sealed record Order(int Id, string Name)
{
    public static void Write(Utf8JsonWriter writer, Order order)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", order.Id);
        writer.WriteString("name", order.Name);
        writer.WriteEndObject();
    }

    public static Order Read(ref Utf8JsonReader reader)
    {
        HandlerSdk.Serialization.JsonRead.StartObject(ref reader, "Order");
        int? id = null;
        string? name = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            try
            {
                switch (property)
                {
                    case "id":
                        id = reader.GetInt32();
                        break;
                    case "name":
                        name = reader.GetString();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
            catch (Exception e) when (HandlerSdk.Serialization.JsonRead.IsReadError(e))
            {
                throw HandlerSdk.Serialization.JsonRead.AtProperty(e, property);
            }
        }

        return new Order(id ?? throw HandlerSdk.Serialization.JsonRead.MissingRequired("Order", "id"), name ?? string.Empty);
    }
}
