using System.Text;

namespace HandlerSdk.Cli.Template;

/// <summary>CloudFormation logical ids: alphanumeric only; hsdk uses the handler name in PascalCase.</summary>
internal static class LogicalIds
{
    public static string FromHandlerName(string name)
    {
        var id = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            id.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        // A logical id must start with a letter.
        return id.Length == 0 ? "Function" : char.IsAsciiLetter(id[0]) ? id.ToString() : "Function" + id;
    }
}
