using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

// The transport Amazon.Lambda.RuntimeSupport uses, reduced to the loop: HttpClient over SocketsHttpHandler and
// System.Text.Json's source generator. Amazon.Lambda.* cannot be restored here, so this stands in for it in the
// cold-start harness; RuntimeSupport itself adds its own work on top of this.
var api = Environment.GetEnvironmentVariable("AWS_LAMBDA_RUNTIME_API")!;
using var http = new HttpClient(new SocketsHttpHandler()) { BaseAddress = new Uri($"http://{api}/2018-06-01/"), Timeout = Timeout.InfiniteTimeSpan };
while (true)
{
    using var next = await http.GetAsync("runtime/invocation/next");
    var requestId = next.Headers.GetValues("Lambda-Runtime-Aws-Request-Id").First();
    var request = await JsonSerializer.DeserializeAsync(await next.Content.ReadAsStreamAsync(), LoopJson.Default.Greeting);
    var body = JsonSerializer.SerializeToUtf8Bytes(new Reply($"Hello, {request!.Name}!"), LoopJson.Default.Reply);
    using var content = new ByteArrayContent(body);
    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    using var posted = await http.PostAsync($"runtime/invocation/{requestId}/response", content);
}

internal sealed record Greeting(string? Name);

internal sealed record Reply(string Message);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Greeting))]
[JsonSerializable(typeof(Reply))]
internal sealed partial class LoopJson : JsonSerializerContext;
