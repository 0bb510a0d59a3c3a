namespace HandlerSdk.Testing.Internal;

/// <summary>
/// The function an Invoke API call names, in any form Lambda accepts: <c>name</c>, <c>name:qualifier</c>, a partial ARN
/// (<c>account:function:name[:qualifier]</c>) or a full ARN (<c>arn:aws:lambda:region:account:function:name[:qualifier]</c>).
/// Region and account are null when the name does not say them.
/// </summary>
internal sealed record RequestedFunction(string Name, string? Qualifier, string? Region, string? Account)
{
    public static RequestedFunction Parse(string requested, string? queryQualifier)
    {
        var parts = requested.Split(':');
        (string Name, string? Qualifier, string? Region, string? Account) parsed = parts switch
        {
            ["arn", _, "lambda", var r, var a, "function", var n, .. var rest] => (n, rest.FirstOrDefault(), r, a),
            [var a, "function", var n, .. var rest] => (n, rest.FirstOrDefault(), null, a),
            [var n, var q] => (n, q, null, null),
            _ => (requested, null, null, null),
        };
        var qualifier = parsed.Qualifier;

        // The Qualifier query parameter, when given, is the one Lambda reads.
        if (!string.IsNullOrEmpty(queryQualifier))
        {
            qualifier = queryQualifier;
        }

        return new RequestedFunction(parsed.Name, NullIfEmpty(qualifier), NullIfEmpty(parsed.Region), NullIfEmpty(parsed.Account));
    }

    /// <summary>The ARN Lambda's "Function not found" message names: the caller's region and account, else the defaults.</summary>
    public string Arn(string defaultRegion, string defaultAccount) =>
        $"arn:aws:lambda:{Region ?? defaultRegion}:{Account ?? defaultAccount}:function:{Name}{(Qualifier is null ? "" : ":" + Qualifier)}";

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
