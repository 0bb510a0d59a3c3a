using System.Runtime.InteropServices;

namespace HandlerSdk.Cli.Build;

/// <summary>The two Lambda architectures, in the spellings each tool wants.</summary>
internal enum TargetArchitecture
{
    X64,
    Arm64,
}

/// <summary>Names of a <see cref="TargetArchitecture"/>.</summary>
internal static class TargetArchitectures
{
    public static readonly string[] OptionValues = ["x64", "arm64"];

    public static TargetArchitecture Parse(string value) =>
        value.Equals("arm64", StringComparison.OrdinalIgnoreCase) ? TargetArchitecture.Arm64 : TargetArchitecture.X64;

    public static TargetArchitecture Host =>
        RuntimeInformation.OSArchitecture == Architecture.Arm64 ? TargetArchitecture.Arm64 : TargetArchitecture.X64;

    /// <summary>The .NET runtime identifier: <c>linux-x64</c> or <c>linux-arm64</c>.</summary>
    public static string RuntimeIdentifier(this TargetArchitecture architecture) =>
        architecture == TargetArchitecture.Arm64 ? "linux-arm64" : "linux-x64";

    /// <summary>The Lambda / SAM spelling: <c>x86_64</c> or <c>arm64</c>.</summary>
    public static string LambdaName(this TargetArchitecture architecture) =>
        architecture == TargetArchitecture.Arm64 ? "arm64" : "x86_64";
}
