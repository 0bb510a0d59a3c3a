namespace HandlerSdk.Testing.Internal;

/// <summary>What to execute as the function: a program, its arguments, and the folder that plays <c>/var/task</c>.</summary>
internal sealed record LaunchCommand(string FileName, IReadOnlyList<string> Arguments, string TaskRoot);
