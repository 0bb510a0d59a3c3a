using System.Globalization;

namespace HandlerSdk.Analyzers.Durations;

/// <summary>A duration known at compile time, in milliseconds; infinite for <c>Timeout.Infinite</c>.</summary>
internal readonly record struct Duration(double Milliseconds)
{
    public static Duration Infinite { get; } = new(double.PositiveInfinity);

    public bool IsInfinite => double.IsPositiveInfinity(Milliseconds);

    public double Seconds => Milliseconds / 1000;

    public static Duration operator +(Duration left, Duration right) => new(left.Milliseconds + right.Milliseconds);

    public static Duration operator *(Duration duration, double factor) => new(duration.Milliseconds * factor);

    /// <summary>For messages: <c>20 min</c>, <c>1 h 30 min</c>, <c>950 s</c>, <c>an infinite wait</c>.</summary>
    public override string ToString()
    {
        if (IsInfinite)
        {
            return "an infinite wait";
        }

        var seconds = Seconds;
        if (seconds < 1)
        {
            return Milliseconds.ToString("0.###", CultureInfo.InvariantCulture) + " ms";
        }

        if (seconds >= 100L * 86_400)
        {
            return "more than 100 days";
        }

        // Whole seconds, unless rounding would hide what makes it too long (15 min and 1 ms is not "15 min").
        var whole = (long)System.Math.Floor(seconds);
        var fraction = seconds - whole;
        var hours = whole / 3600;
        var minutes = whole % 3600 / 60;
        var rest = whole % 60;
        var parts = new System.Collections.Generic.List<string>();
        if (hours > 0)
        {
            parts.Add(hours.ToString(CultureInfo.InvariantCulture) + " h");
        }

        if (minutes > 0)
        {
            parts.Add(minutes.ToString(CultureInfo.InvariantCulture) + " min");
        }

        if (rest > 0 || fraction > 0 || parts.Count == 0)
        {
            parts.Add((rest + fraction).ToString("0.###", CultureInfo.InvariantCulture) + " s");
        }

        return string.Join(" ", parts);
    }
}
