namespace HandlerSdk.Cli.Serve;

/// <summary>
/// How many execution environments each served function may have, and what a synchronous call beyond them gets: a wait
/// (<c>--max-concurrency</c>, a limit on processes only) or Lambda's throttle (<c>--reserved-concurrency</c>).
/// </summary>
internal sealed record ConcurrencyLimit(int Environments, bool ThrottlesWhenFull);
