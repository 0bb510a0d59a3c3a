namespace HandlerSdk.Http;

/// <summary>
/// Where a value sits in the payload: an object or array from its opening to its closing bracket, or a string's content
/// between its quotes. Lookups read it again on demand, so the request view materializes only what is asked for.
/// The default value is "absent", so a layout starts with nothing found.
/// </summary>
internal readonly struct JsonValueRange
{
    public JsonValueRange(int start, int length, bool escaped)
    {
        Start = start;
        Length = length;
        Escaped = escaped;
        Exists = true;
    }

    /// <summary>No such value in the payload (absent or null).</summary>
    public static JsonValueRange None => default;

    public int Start { get; }

    public int Length { get; }

    /// <summary>For a string: whether its content has escapes.</summary>
    public bool Escaped { get; }

    /// <summary>Whether the payload has the value.</summary>
    public bool Exists { get; }

    /// <summary>The value's bytes.</summary>
    public ReadOnlySpan<byte> In(ReadOnlySpan<byte> payload) => Exists ? payload.Slice(Start, Length) : default;
}
