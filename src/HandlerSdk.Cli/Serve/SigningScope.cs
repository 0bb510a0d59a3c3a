namespace HandlerSdk.Cli.Serve;

/// <summary>
/// The region an AWS client addressed. Called by plain name through an endpoint override, the only place a request says
/// its region is the SigV4 credential scope: <c>Authorization: AWS4-HMAC-SHA256 Credential=AKID/20261204/eu-west-1/lambda/aws4_request, ...</c>.
/// </summary>
internal static class SigningScope
{
    private const string CredentialKey = "Credential=";

    public static string? Region(string? authorization)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return null;
        }

        var start = authorization.IndexOf(CredentialKey, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += CredentialKey.Length;
        var end = authorization.IndexOfAny([',', ' '], start);
        var scope = (end < 0 ? authorization[start..] : authorization[start..end]).Split('/');

        // AKID / date / region / service / aws4_request
        return scope.Length == 5 && scope[2].Length > 0 && scope[2].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') ? scope[2] : null;
    }
}
