using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace HandlerSdk.Serialization;

public static partial class JsonRead
{
    // Exceptions that came out of user code while a value was being read. A table, not Exception.Data: the user's
    // exception reaches the user's logs and error report exactly as thrown.
    private static readonly ConditionalWeakTable<Exception, object> UserExceptions = [];

    /// <summary>
    /// An exception filter around the user's constructor, setters and <c>init</c> accessors in a generated reader: it
    /// marks the exception as the user's and lets it pass (returns false), so that no reader above it reports it as
    /// bad JSON at a path. An <see cref="ArgumentException"/> from a constructor is a bug or a rule of the user's,
    /// surfacing as itself as it would from System.Text.Json; a <see cref="JsonException"/> the user throws stays a
    /// JSON error, as System.Text.Json reports it with the path.
    /// </summary>
    /// <param name="exception">The exception thrown by user code.</param>
    /// <returns>Always false: the exception is never caught.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static bool PassUserException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is not JsonException)
        {
            UserExceptions.AddOrUpdate(exception, UserExceptions);
        }

        return false;
    }

    /// <summary>
    /// The current property name's or string's bytes as they appear in the payload (escapes included), whether the
    /// reader holds them in one span or, over a <see cref="System.Buffers.ReadOnlySequence{T}"/>, split across segments
    /// (then copied).
    /// </summary>
    /// <param name="reader">The reader, at a property name or a value.</param>
    /// <returns>The raw bytes.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> RawName(scoped ref Utf8JsonReader reader) => RawValue(ref reader);

    private static ReadOnlySpan<byte> RawValue(scoped ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;

    private static bool IsUserException(Exception exception) => UserExceptions.TryGetValue(exception, out _);
}
