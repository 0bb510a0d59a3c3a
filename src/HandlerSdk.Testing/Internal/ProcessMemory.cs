using System.Globalization;

namespace HandlerSdk.Testing.Internal;

/// <summary>Reads a process's peak resident set size, which is what Lambda reports as Max Memory Used.</summary>
internal static class ProcessMemory
{
    /// <summary>VmHWM from <c>/proc/{pid}/status</c> in MB (rounded up), or 0 when unavailable (not Linux, process gone).</summary>
    public static int PeakResidentMb(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    continue;
                }

                var value = line.AsSpan("VmHWM:".Length).Trim();
                var digits = value[..value.IndexOf(' ')];
                var kilobytes = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
                return (int)((kilobytes + 1023) / 1024);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
