namespace HandlerSdk.Cli;

/// <summary>hsdk's exit codes: scripts tell a failing function from a mistyped command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int FunctionError = 1;
    public const int UserError = 2;
}
