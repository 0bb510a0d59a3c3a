using System.Text.Json;

namespace HandlerSdk.Http;

/// <summary>
/// An RFC 9457 problem details object. Members that are null are left out (an absent <c>type</c> means
/// <c>about:blank</c>); <c>errors</c> maps the parameter name or JSON path of each binding failure to its reasons,
/// as ASP.NET Core's validation problems do.
/// </summary>
internal sealed class HttpProblem
{
    public const string ContentType = "application/problem+json";

    public HttpProblem(int status, string? title, string? detail, string? type)
    {
        Status = status;
        Title = title ?? HttpStatusText.Reason(status);
        Detail = detail;
        Type = type;
    }

    public int Status { get; }

    public string? Title { get; }

    public string? Detail { get; }

    public string? Type { get; }

    public string? Instance { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>>? Errors { get; init; }

    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Type is not null)
        {
            writer.WriteString("type"u8, Type);
        }

        if (Title is not null)
        {
            writer.WriteString("title"u8, Title);
        }

        writer.WriteNumber("status"u8, Status);
        if (Detail is not null)
        {
            writer.WriteString("detail"u8, Detail);
        }

        if (Instance is not null)
        {
            writer.WriteString("instance"u8, Instance);
        }

        if (Errors is { Count: > 0 })
        {
            writer.WriteStartObject("errors"u8);
            foreach (var (key, reason) in Errors)
            {
                writer.WriteStartArray(key);
                writer.WriteStringValue(reason);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
