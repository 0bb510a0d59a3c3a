using System.ComponentModel;

namespace HandlerSdk.Http;

/// <summary>
/// Parses a request value's text into <typeparamref name="T"/>: what the generated dispatch passes for a type that
/// implements no <see cref="IParsable{TSelf}"/> but has a generated parser (an enum: its names, ignoring case, or the
/// number of a defined member). Not for direct use.
/// </summary>
/// <typeparam name="T">The parameter's type.</typeparam>
/// <param name="text">The value's text.</param>
/// <param name="value">The value, when the text is one.</param>
/// <returns>Whether the text is a value of <typeparamref name="T"/>.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate bool HttpValueParser<T>(ReadOnlySpan<char> text, out T value);
