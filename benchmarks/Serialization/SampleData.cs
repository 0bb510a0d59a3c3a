using System.Globalization;

namespace HandlerSdk.Benchmarks.Serialization;

/// <summary>The benchmark's objects, shaped like the real events (values from AWS's documented examples).</summary>
internal static class SampleData
{
    public static OrderDocument Order() => new()
    {
        Id = "ord-2026-000417",
        Customer = new Customer { Name = "Ada Lovelace", Email = "ada@example.com" },
        Lines =
        [
            new OrderLine { Sku = "BK-1843", Quantity = 2, UnitPrice = 12.50m },
            new OrderLine { Sku = "PN-0007", Quantity = 10, UnitPrice = 0.99m },
            new OrderLine { Sku = "NB-A5-LINED", Quantity = 1, UnitPrice = 4.25m },
        ],
        PlacedAt = new DateTimeOffset(2026, 11, 27, 9, 41, 7, TimeSpan.FromHours(1)),
        DeliverBy = new DateOnly(2026, 12, 3),
        Status = OrderStatus.Paid,
        CouponCode = null,
    };

    public static HttpApiRequest HttpApi() => new()
    {
        Version = "2.0",
        RouteKey = "POST /orders/{orderId}/items",
        RawPath = "/prod/orders/ord-2026-000417/items",
        RawQueryString = "expand=lines&currency=EUR&trace=1",
        Cookies = ["session=7c1f3a9e2b6d4e8f", "theme=dark", "locale=en-GB"],
        Headers = new Dictionary<string, string>
        {
            ["accept"] = "application/json",
            ["accept-encoding"] = "gzip, deflate, br",
            ["authorization"] = "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl",
            ["content-length"] = "58",
            ["content-type"] = "application/json",
            ["host"] = "r3pmxmplak.execute-api.us-east-2.amazonaws.com",
            ["user-agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
            ["x-amzn-trace-id"] = "Root=1-5e6722a7-cc56xmpl46db7ae02d4da47e",
            ["x-forwarded-for"] = "205.255.255.176",
            ["x-forwarded-port"] = "443",
            ["x-forwarded-proto"] = "https",
        },
        QueryStringParameters = new Dictionary<string, string>
        {
            ["expand"] = "lines",
            ["currency"] = "EUR",
            ["trace"] = "1",
        },
        RequestContext = new HttpApiRequestContext
        {
            AccountId = "123456789012",
            ApiId = "r3pmxmplak",
            DomainName = "r3pmxmplak.execute-api.us-east-2.amazonaws.com",
            DomainPrefix = "r3pmxmplak",
            Http = new HttpDescription
            {
                Method = "POST",
                Path = "/prod/orders/ord-2026-000417/items",
                Protocol = "HTTP/1.1",
                SourceIp = "205.255.255.176",
                UserAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
            },
            RequestId = "JKJaXmPLvHcESHA=",
            RouteKey = "POST /orders/{orderId}/items",
            Stage = "prod",
            Time = "27/Nov/2026:09:41:07 +0000",
            TimeEpoch = 1795772467000,
        },
        Body = "{\"sku\":\"BK-1843\",\"quantity\":2,\"note\":\"gift wrap, please\"}",
        PathParameters = new Dictionary<string, string> { ["orderId"] = "ord-2026-000417" },
        IsBase64Encoded = false,
        StageVariables = null,
    };

    public static SqsEvent Sqs()
    {
        var records = new List<SqsMessage>(10);
        for (var i = 0; i < 10; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            records.Add(new SqsMessage
            {
                MessageId = $"059f36b4-87a3-44ab-83d2-66197{n}b8f1a",
                ReceiptHandle = $"AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a{n}Z2rVuW3JSuKznXaIbMYQwO6HMEdzZf1A8mFSpXcfR6ukQ5AvpwlmSB5rQ8TcHzM2Tw{n}vdQCGfwh9jvbUYCDFm5bLlOTmhXbnRckkE3fZSNpo0YZ43jRBGMPGHJSVk6mjRHszBzl+{n}",
                Body = $"{{\"orderId\":\"ord-2026-{n.PadLeft(6, '0')}\",\"event\":\"OrderPaid\",\"amount\":42.1{n}}}",
                Attributes = new Dictionary<string, string>
                {
                    ["ApproximateReceiveCount"] = "1",
                    ["SentTimestamp"] = "179577246700" + n,
                    ["SenderId"] = "AIDAIENQZJOLO23YVJ4VO",
                    ["ApproximateFirstReceiveTimestamp"] = "179577246701" + n,
                },
                MessageAttributes = new Dictionary<string, SqsMessageAttributeValue>
                {
                    ["tenant"] = new() { StringValue = "acme", DataType = "String" },
                    ["priority"] = new() { StringValue = n, DataType = "Number" },
                },
                Md5OfBody = "e4e68fb7bd0e697a0ae8f1bb342846b" + n,
                EventSource = "aws:sqs",
                EventSourceArn = "arn:aws:sqs:us-east-2:123456789012:orders-queue",
                AwsRegion = "us-east-2",
            });
        }

        return new SqsEvent { Records = records };
    }

    /// <summary>40 parcels: every enum member appears, names from 3 to 25 bytes, as a real manifest spreads them.</summary>
    public static Manifest Manifest()
    {
        var manifest = new Manifest { Id = "mf-2026-12-06-0042" };
        for (var i = 0; i < 40; i++)
        {
            manifest.Entries.Add(new ManifestEntry
            {
                Parcel = 700_000 + (i * 37),
                Carrier = (Carrier)(i % 6),
                Origin = (Region)(i % 7),
                Destination = (Region)((i * 3) % 7),
                Priority = (Priority)((i / 3) % 4),
                State = (ParcelState)((i * 5) % 7),
            });
        }

        return manifest;
    }
}
