using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using HandlerSdk.Generated;
using HandlerSdk.Http;
using HandlerSdk.Serialization;

namespace HandlerSdk.Benchmarks.Serialization;

// Issue 11's first goal: an HTTP API v2 request (POST /orders/{id} with a route parameter, two query values and a
// ~1 KB JSON body) through routing, binding, the handler and response writing. Ours: the invocation handler the
// generator emits for HttpBenchOrdersApi.Place (router, binding, call, result), called as the runtime calls it.
// Baseline: System.Text.Json's source generator over a v2 request model and a v2 response model, routed by hand, the
// way AOT users of the peers write it today.

internal static class HttpApiPipeline
{
    private const string JsonContentType = "application/json; charset=utf-8";
    private static readonly BenchmarkContext Context = new();

    // What the entry point registers for the function "HttpBenchOrders": created once, called once per invocation.
    private static readonly LambdaInvocationHandler Generated = HttpFunction_HttpBenchOrders.Create();

    /// <summary>The event as API Gateway sends it: the body is JSON text with quotes escaped as <c>\"</c>.</summary>
    public static byte[] Event()
    {
        var request = SampleData.HttpApi();
        request.RouteKey = "POST /orders/{id}";
        request.RawPath = "/orders/417";
        request.RawQueryString = "currency=EUR&expand=lines";
        request.QueryStringParameters = new Dictionary<string, string> { ["currency"] = "EUR", ["expand"] = "lines" };
        request.PathParameters = new Dictionary<string, string> { ["id"] = "417" };
        request.RequestContext!.RouteKey = request.RouteKey;
        request.RequestContext.Http!.Path = request.RawPath;
        request.Body = JsonSerializer.Serialize(Order(), HttpPipelineStjContext.Default.HttpOrder);
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = StjContext.Default };
        return JsonSerializer.SerializeToUtf8Bytes(request, options.GetTypeInfo(typeof(HttpApiRequest)));
    }

    public static int BodyLength() => JsonSerializer.SerializeToUtf8Bytes(Order(), HttpPipelineStjContext.Default.HttpOrder).Length;

    public static void RunOurs(byte[] @event, IBufferWriter<byte> output)
    {
        var run = Generated(@event, Context, output, CancellationToken.None);
        if (!run.IsCompletedSuccessfully)
        {
            run.AsTask().GetAwaiter().GetResult();
        }
    }

    public static void RunStj(byte[] @event, IBufferWriter<byte> output, Utf8JsonWriter writer)
    {
        var request = JsonSerializer.Deserialize(@event, StjContext.Default.HttpApiRequest)!;
        HttpApiResponse response;
        var path = request.RawPath.AsSpan();
        if (request.RequestContext?.Http?.Method == "POST" && path.StartsWith("/orders/") && !path[8..].Contains('/'))
        {
            if (!int.TryParse(path[8..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ||
                request.QueryStringParameters is null ||
                !request.QueryStringParameters.TryGetValue("currency", out var currency))
            {
                response = new HttpApiResponse { StatusCode = 400 };
            }
            else
            {
                request.QueryStringParameters.TryGetValue("expand", out var expand);
                var order = JsonSerializer.Deserialize(request.Body!, HttpPipelineStjContext.Default.HttpOrder)!;
                var receipt = Handle(id, currency, expand, order);
                response = new HttpApiResponse
                {
                    StatusCode = 201,
                    Headers = new Dictionary<string, string> { ["Content-Type"] = JsonContentType, ["Location"] = $"/orders/{id}" },
                    Body = JsonSerializer.Serialize(receipt, HttpPipelineStjContext.Default.HttpReceipt),
                };
            }
        }
        else
        {
            response = new HttpApiResponse { StatusCode = 404 };
        }

        writer.Reset(output);
        JsonSerializer.Serialize(writer, response, HttpPipelineStjContext.Default.HttpApiResponse);
        writer.Flush();
    }

    /// <summary>Both pipelines side by side in one process, alternating (see <see cref="Serialization.Interleaved"/>).</summary>
    public static void Interleaved(TextWriter log, int rounds)
    {
        var @event = Event();
        var output = new ArrayBufferWriter<byte>(4096);
        using var writer = new Utf8JsonWriter(Stream.Null);
        Serialization.Interleaved.Compare(
            log,
            rounds,
            "HttpApiPipeline",
            "Request",
            () =>
            {
                output.ResetWrittenCount();
                RunStj(@event, output, writer);
            },
            () =>
            {
                output.ResetWrittenCount();
                RunOurs(@event, output);
            });
    }

    /// <summary>Where each side's time goes: reading the event, reading the body, writing the response.</summary>
    public static void Breakdown(TextWriter log, int rounds)
    {
        var @event = Event();
        var stjRequest = JsonSerializer.Deserialize(@event, StjContext.Default.HttpApiRequest)!;
        var ours = HttpRequest.Read(@event);
        var receipt = Handle(417, "EUR", "lines", JsonSerializer.Deserialize(stjRequest.Body!, HttpPipelineStjContext.Default.HttpOrder)!);
        var output = new ArrayBufferWriter<byte>(4096);
        using var writer = new Utf8JsonWriter(Stream.Null);
        Serialization.Interleaved.Compare(log, rounds, "HttpApiPipeline", "read event + 2 query values", () =>
        {
            var request = JsonSerializer.Deserialize(@event, StjContext.Default.HttpApiRequest)!;
            _ = request.QueryStringParameters!["currency"];
            _ = request.QueryStringParameters!["expand"];
        }, () =>
        {
            var request = HttpRequest.Read(@event);
            _ = request.GetQuery("currency");
            _ = request.GetQuery("expand");
        });
        var body = Encoding.UTF8.GetBytes(stjRequest.Body!);
        Serialization.Interleaved.Compare(log, rounds, "HttpApiPipeline", "the body from UTF-8: STJ / generated reader", () =>
            JsonSerializer.Deserialize(body, HttpPipelineStjContext.Default.HttpOrder), () =>
            JsonRead.Root(body, "HttpOrder", static (ref Utf8JsonReader reader) => LambdaJson.ReadHttpOrder(ref reader)));
        Serialization.Interleaved.Compare(log, rounds, "HttpApiPipeline", "ours: runner answering 204 / runner answering the receipt", () =>
        {
            output.ResetWrittenCount();
            HttpRunner.RunAsync(@event, Context, output, CancellationToken.None, static (_, _, _) => new(HttpResponse.NoContent())).AsTask().GetAwaiter().GetResult();
        }, () =>
        {
            output.ResetWrittenCount();
            HttpRunner.RunAsync(@event, Context, output, CancellationToken.None, (_, _, _) => new(HttpResponse.From(
                HttpResult.Created("/orders/417", receipt),
                static (writer, value) => LambdaJson.WriteHttpReceipt(writer, value)))).AsTask().GetAwaiter().GetResult();
        });
        Interleaved(log, rounds);
    }

    /// <summary>Both pipelines answer the same status, Location and receipt.</summary>
    public static bool Verify(TextWriter log)
    {
        var @event = Event();
        var ours = new ArrayBufferWriter<byte>();
        var stj = new ArrayBufferWriter<byte>();
        RunOurs(@event, ours);
        using (var writer = new Utf8JsonWriter(Stream.Null))
        {
            RunStj(@event, stj, writer);
        }

        var a = JsonNode.Parse(ours.WrittenSpan)!;
        var b = JsonNode.Parse(stj.WrittenSpan)!;
        var same = (int)a["statusCode"]! == 201 && (int)b["statusCode"]! == 201 &&
            (string?)a["headers"]!["Location"] == (string?)b["headers"]!["Location"] &&
            JsonNode.DeepEquals(JsonNode.Parse((string)a["body"]!), JsonNode.Parse((string)b["body"]!));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"HttpApiPipeline: event {@event.Length} B, body {BodyLength()} B: {(same ? "same response" : "DIFFERENT responses")}"));
        if (!same)
        {
            log.WriteLine(Encoding.UTF8.GetString(ours.WrittenSpan));
            log.WriteLine(Encoding.UTF8.GetString(stj.WrittenSpan));
        }

        return same;
    }

    internal static HttpReceipt Handle(int id, string currency, string? expand, HttpOrder order)
    {
        var total = 0m;
        foreach (var line in order.Lines)
        {
            total += line.Quantity * line.UnitPrice;
        }

        return new HttpReceipt { OrderId = id, Currency = currency, Lines = expand == "lines" ? order.Lines.Count : 0, Total = total, CustomerId = order.CustomerId };
    }

    /// <summary>An order of 13 lines with an address: about 1 KB of JSON.</summary>
    private static HttpOrder Order()
    {
        var lines = new List<HttpOrderLine>();
        for (var i = 0; i < 13; i++)
        {
            lines.Add(new HttpOrderLine
            {
                Sku = "BK-18" + i.ToString("D2", CultureInfo.InvariantCulture),
                Quantity = i + 1,
                UnitPrice = 12.5m + i,
                Note = i % 2 == 0 ? "gift wrap, please" : null,
            });
        }

        return new HttpOrder
        {
            CustomerId = "cus-4f1c7a2e",
            Lines = lines,
            ShipTo = new HttpAddress { Name = "Ada Lovelace", Street = "12 St James's Square", City = "London", PostalCode = "SW1Y 4JH", Country = "GB" },
            Express = true,
        };
    }
}

/// <summary>The route "ours" runs: the generator writes its router, binding and response (HttpFunction_HttpBenchOrders).</summary>
[HttpApi("HttpBenchOrders")]
public static class HttpBenchOrdersApi
{
    /// <summary>POST /orders/417?currency=EUR&amp;expand=lines with the order as JSON: 201 with the receipt.</summary>
    [HttpPost("/orders/{id}")]
    public static HttpResult<HttpReceipt> Place(int id, string currency, string? expand, HttpOrder order) =>
        HttpResult.Created($"/orders/{id}", HttpApiPipeline.Handle(id, currency, expand, order));
}

public sealed class HttpOrder
{
    [JsonPropertyName("customerId")] public string CustomerId { get; set; } = "";
    [JsonPropertyName("lines")] public List<HttpOrderLine> Lines { get; set; } = [];
    [JsonPropertyName("shipTo")] public HttpAddress? ShipTo { get; set; }
    [JsonPropertyName("express")] public bool Express { get; set; }
}

public sealed class HttpOrderLine
{
    [JsonPropertyName("sku")] public string Sku { get; set; } = "";
    [JsonPropertyName("quantity")] public int Quantity { get; set; }
    [JsonPropertyName("unitPrice")] public decimal UnitPrice { get; set; }
    [JsonPropertyName("note")] public string? Note { get; set; }
}

public sealed class HttpAddress
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("street")] public string Street { get; set; } = "";
    [JsonPropertyName("city")] public string City { get; set; } = "";
    [JsonPropertyName("postalCode")] public string PostalCode { get; set; } = "";
    [JsonPropertyName("country")] public string Country { get; set; } = "";
}

public sealed class HttpReceipt
{
    [JsonPropertyName("orderId")] public int OrderId { get; set; }
    [JsonPropertyName("customerId")] public string CustomerId { get; set; } = "";
    [JsonPropertyName("currency")] public string Currency { get; set; } = "";
    [JsonPropertyName("lines")] public int Lines { get; set; }
    [JsonPropertyName("total")] public decimal Total { get; set; }
}

/// <summary>The HTTP API v2 response model users of the peers serialize.</summary>
public sealed class HttpApiResponse
{
    [JsonPropertyName("statusCode")] public int StatusCode { get; set; }
    [JsonPropertyName("headers")] public Dictionary<string, string>? Headers { get; set; }
    [JsonPropertyName("cookies")] public List<string>? Cookies { get; set; }
    [JsonPropertyName("body")] public string? Body { get; set; }
    [JsonPropertyName("isBase64Encoded")] public bool IsBase64Encoded { get; set; }
}

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HttpOrder))]
[JsonSerializable(typeof(HttpReceipt))]
[JsonSerializable(typeof(HttpApiResponse))]
internal sealed partial class HttpPipelineStjContext : JsonSerializerContext;

/// <summary>An invocation context for the runner; the pipeline logs nothing on its success path.</summary>
internal sealed class BenchmarkContext : ILambdaContext
{
    public string AwsRequestId => "bench";

    public IClientContext? ClientContext => null;

    public string FunctionName => "bench";

    public string FunctionVersion => "$LATEST";

    public ICognitoIdentity? Identity => null;

    public string InvokedFunctionArn => "arn:aws:lambda:us-east-1:123456789012:function:bench";

    public ILambdaLogger Logger { get; } = new NullLogger();

    public string LogGroupName => "/aws/lambda/bench";

    public string LogStreamName => "bench";

    public int MemoryLimitInMB => 128;

    public TimeSpan RemainingTime => TimeSpan.FromMinutes(1);

    public string? TraceId => null;

    public string? TenantId => null;

    private sealed class NullLogger : ILambdaLogger
    {
        public void Log(string message)
        {
        }

        public void LogLine(string message)
        {
        }
    }
}
