namespace HandlerSdk.Cli;

/// <summary>A mistake the user can fix (missing file, bad value): reported as one line, exit code 2, no stack trace.</summary>
internal sealed class UserErrorException(string message) : Exception(message);
