using System.Buffers;
using System.Text.Json;

namespace HandlerSdk.Events;

/// <summary>
/// Claim values for <see cref="CognitoIdTokenGeneration.ClaimsToAddOrOverride"/> and
/// <see cref="CognitoAccessTokenGeneration.ClaimsToAddOrOverride"/>, made with a <see cref="Utf8JsonWriter"/> rather
/// than <see cref="JsonSerializer"/>, whose reflection native AOT trims away.
/// </summary>
public static class CognitoClaims
{
    /// <summary>A string claim.</summary>
    /// <param name="value">The claim's value.</param>
    /// <returns>The value as JSON.</returns>
    public static JsonElement Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Build(writer => writer.WriteStringValue(value));
    }

    /// <summary>A number claim.</summary>
    /// <param name="value">The claim's value.</param>
    /// <returns>The value as JSON.</returns>
    public static JsonElement Number(long value) => Build(writer => writer.WriteNumberValue(value));

    /// <summary>A number claim.</summary>
    /// <param name="value">The claim's value.</param>
    /// <returns>The value as JSON.</returns>
    public static JsonElement Number(decimal value) => Build(writer => writer.WriteNumberValue(value));

    /// <summary>A boolean claim.</summary>
    /// <param name="value">The claim's value.</param>
    /// <returns>The value as JSON.</returns>
    public static JsonElement Boolean(bool value) => Build(writer => writer.WriteBooleanValue(value));

    /// <summary>A claim that is an array of strings, such as a list of roles.</summary>
    /// <param name="values">The claim's values.</param>
    /// <returns>The values as a JSON array.</returns>
    public static JsonElement TextArray(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Build(writer =>
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        });
    }

    /// <summary>A claim given as JSON text: an object, an array of mixed values, or any other JSON value.</summary>
    /// <param name="json">The claim's value as JSON.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="JsonException"><paramref name="json"/> is not one JSON value.</exception>
    public static JsonElement Json(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static JsonElement Build(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
