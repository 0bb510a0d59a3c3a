namespace HandlerSdk.Generators.Model;

/// <summary>The assembly-wide JSON settings of <c>[assembly: LambdaJsonOptions(...)]</c>, applied when emitting.</summary>
internal sealed record JsonOptionsSpec(NamingPolicy Naming, bool OmitNullsOnWrite, bool CaseInsensitiveReads, bool EnumsAsStrings)
{
    /// <summary>System.Text.Json's defaults, except that reads match names case-insensitively (exact match first).</summary>
    public static JsonOptionsSpec Default { get; } = new(NamingPolicy.AsDeclared, OmitNullsOnWrite: false, CaseInsensitiveReads: true, EnumsAsStrings: false);
}

/// <summary>Mirrors <c>HandlerSdk.LambdaJsonNamingPolicy</c>; the numbers must stay in step.</summary>
internal enum NamingPolicy
{
    AsDeclared = 0,
    CamelCase = 1,
    SnakeCaseLower = 2,
    SnakeCaseUpper = 3,
    KebabCaseLower = 4,
    KebabCaseUpper = 5,
}
