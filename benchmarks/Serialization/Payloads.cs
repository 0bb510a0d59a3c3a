using System.Text.Json.Serialization;

namespace HandlerSdk.Benchmarks.Serialization;

// The three payloads of the benchmark. AWS's own events are camelCase on the wire (SQS's "Records" and
// "eventSourceARN" excepted), so their members carry [JsonPropertyName] as users' types do; the order
// document is the user's own type and keeps its names as declared.

public enum OrderStatus
{
    Pending,
    Paid,
    Shipped,
}

public sealed class OrderDocument
{
    public string Id { get; set; } = "";
    public Customer Customer { get; set; } = new();
    public List<OrderLine> Lines { get; set; } = [];
    public DateTimeOffset PlacedAt { get; set; }
    public DateOnly? DeliverBy { get; set; }
    public OrderStatus Status { get; set; }
    public string? CouponCode { get; set; }
}

public sealed class Customer
{
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
}

public sealed class OrderLine
{
    public string Sku { get; set; } = "";
    public int Quantity { get; set; }
    public decimal UnitPrice { get; set; }
}

/// <summary>An API Gateway HTTP API (payload format 2.0) proxy request.</summary>
public sealed class HttpApiRequest
{
    [JsonPropertyName("version")] public string? Version { get; set; }
    [JsonPropertyName("routeKey")] public string? RouteKey { get; set; }
    [JsonPropertyName("rawPath")] public string? RawPath { get; set; }
    [JsonPropertyName("rawQueryString")] public string? RawQueryString { get; set; }
    [JsonPropertyName("cookies")] public List<string>? Cookies { get; set; }
    [JsonPropertyName("headers")] public Dictionary<string, string>? Headers { get; set; }
    [JsonPropertyName("queryStringParameters")] public Dictionary<string, string>? QueryStringParameters { get; set; }
    [JsonPropertyName("requestContext")] public HttpApiRequestContext? RequestContext { get; set; }
    [JsonPropertyName("body")] public string? Body { get; set; }
    [JsonPropertyName("pathParameters")] public Dictionary<string, string>? PathParameters { get; set; }
    [JsonPropertyName("isBase64Encoded")] public bool IsBase64Encoded { get; set; }
    [JsonPropertyName("stageVariables")] public Dictionary<string, string>? StageVariables { get; set; }
}

public sealed class HttpApiRequestContext
{
    [JsonPropertyName("accountId")] public string? AccountId { get; set; }
    [JsonPropertyName("apiId")] public string? ApiId { get; set; }
    [JsonPropertyName("domainName")] public string? DomainName { get; set; }
    [JsonPropertyName("domainPrefix")] public string? DomainPrefix { get; set; }
    [JsonPropertyName("http")] public HttpDescription? Http { get; set; }
    [JsonPropertyName("requestId")] public string? RequestId { get; set; }
    [JsonPropertyName("routeKey")] public string? RouteKey { get; set; }
    [JsonPropertyName("stage")] public string? Stage { get; set; }
    [JsonPropertyName("time")] public string? Time { get; set; }
    [JsonPropertyName("timeEpoch")] public long TimeEpoch { get; set; }
}

public sealed class HttpDescription
{
    [JsonPropertyName("method")] public string? Method { get; set; }
    [JsonPropertyName("path")] public string? Path { get; set; }
    [JsonPropertyName("protocol")] public string? Protocol { get; set; }
    [JsonPropertyName("sourceIp")] public string? SourceIp { get; set; }
    [JsonPropertyName("userAgent")] public string? UserAgent { get; set; }
}

/// <summary>An SQS event as Lambda delivers it.</summary>
public sealed class SqsEvent
{
    public List<SqsMessage>? Records { get; set; }
}

public sealed class SqsMessage
{
    [JsonPropertyName("messageId")] public string? MessageId { get; set; }
    [JsonPropertyName("receiptHandle")] public string? ReceiptHandle { get; set; }
    [JsonPropertyName("body")] public string? Body { get; set; }
    [JsonPropertyName("attributes")] public Dictionary<string, string>? Attributes { get; set; }
    [JsonPropertyName("messageAttributes")] public Dictionary<string, SqsMessageAttributeValue>? MessageAttributes { get; set; }
    [JsonPropertyName("md5OfBody")] public string? Md5OfBody { get; set; }
    [JsonPropertyName("eventSource")] public string? EventSource { get; set; }
    [JsonPropertyName("eventSourceARN")] public string? EventSourceArn { get; set; }
    [JsonPropertyName("awsRegion")] public string? AwsRegion { get; set; }
}

public sealed class SqsMessageAttributeValue
{
    [JsonPropertyName("stringValue")] public string? StringValue { get; set; }
    [JsonPropertyName("dataType")] public string? DataType { get; set; }
}
