namespace HandlerSdk.Logging;

/// <summary>An exception's stack trace as one string per frame, the shape Lambda's error and log records use.</summary>
internal static class StackTraceLines
{
    public static List<string> Of(Exception exception)
    {
        var lines = new List<string>();
        var trace = exception.StackTrace;
        if (string.IsNullOrEmpty(trace))
        {
            return lines;
        }

        foreach (var line in trace.Split('\n'))
        {
            var frame = line.Trim();
            if (frame.Length > 0)
            {
                lines.Add(frame);
            }
        }

        return lines;
    }
}
