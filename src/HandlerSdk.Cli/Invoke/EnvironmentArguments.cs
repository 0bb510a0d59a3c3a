namespace HandlerSdk.Cli.Invoke;

/// <summary>Turns repeated <c>--env KEY=VALUE</c> arguments into variables (the value may itself contain '=').</summary>
internal static class EnvironmentArguments
{
    public static IEnumerable<KeyValuePair<string, string>> Parse(IEnumerable<string> arguments)
    {
        foreach (var argument in arguments)
        {
            var separator = argument.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new UserErrorException($"--env expects KEY=VALUE, got '{argument}'");
            }

            yield return new KeyValuePair<string, string>(argument[..separator], argument[(separator + 1)..]);
        }
    }
}
