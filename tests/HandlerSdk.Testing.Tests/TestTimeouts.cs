namespace HandlerSdk.Testing.Tests;

/// <summary>Generous bounds: the tests wait for events, never assert on how fast they happen.</summary>
internal static class TestTimeouts
{
    public static readonly TimeSpan Long = TimeSpan.FromSeconds(20);

    public static async Task<T> Within<T>(Task<T> task) => await task.WaitAsync(Long);

    public static async Task Within(Task task) => await task.WaitAsync(Long);

    public static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Long;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("condition not met in time");
            }

            await Task.Delay(20);
        }
    }
}
