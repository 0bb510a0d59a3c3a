using System.Text;
using System.Text.Json;

namespace HandlerSdk.Serialization;

/// <summary>
/// An event could not be read, or a response written, by the generated serializers. The message names the JSON
/// path of the value at fault (<c>$.lines[2].quantity</c>), so the caller can fix the payload.
/// </summary>
public sealed class LambdaJsonException : JsonException
{
    private static readonly System.Buffers.SearchValues<char> PathSpecialCharacters = System.Buffers.SearchValues.Create(" .'/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029");
    private readonly List<string> _segments = [];
    private readonly string _reason;
    private string? _target;

    /// <summary>Creates an exception for a value at the current position.</summary>
    /// <param name="reason">What is wrong with the value.</param>
    /// <param name="innerException">The reader's or parser's own exception, if any.</param>
    public LambdaJsonException(string reason, Exception? innerException)
        : base(reason, innerException)
    {
        _reason = reason;
    }

    /// <summary>Creates an exception with no detail.</summary>
    public LambdaJsonException()
        : this("The JSON payload is invalid.")
    {
    }

    /// <summary>Creates an exception for a value at the current position.</summary>
    /// <param name="reason">What is wrong with the value.</param>
    public LambdaJsonException(string reason)
        : this(reason, null)
    {
    }

    /// <summary>The JSON path of the value at fault, as <c>$.a.b[3]</c>.</summary>
    public string JsonPath
    {
        get
        {
            var builder = new StringBuilder("$");
            for (var i = _segments.Count - 1; i >= 0; i--)
            {
                builder.Append(_segments[i]);
            }

            return builder.ToString();
        }
    }

    /// <inheritdoc/>
    public override string Message => _target is null
        ? $"{_reason} Path: {JsonPath}."
        : $"The JSON payload could not be read as {_target}: {_reason} Path: {JsonPath}.";

    internal void PrependProperty(string name)
    {
        // System.Text.Json's rule, so both name the same path: brackets only around names with these characters.
        var plain = name.AsSpan().IndexOfAny(PathSpecialCharacters) < 0;
        _segments.Add(plain ? "." + name : "['" + name + "']");
    }

    internal void PrependIndex(int index) => _segments.Add("[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");

    internal void SetTarget(string typeName) => _target ??= typeName;
}
