using System.Collections.Generic;
using System.Linq;
using HandlerSdk.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace HandlerSdk.Generators.Parsing.Streaming;

/// <summary>
/// The streaming rules of a route method, judged once per method: one <c>HttpResponseStream</c> at most, no returned
/// value beside it, and <c>[ServerSentEvents]</c> only on items. A <c>LambdaResponseStream</c> parameter (HSDK0403) is
/// the route parser's, where parameters are bound.
/// </summary>
internal static class StreamingRoutes
{
    /// <returns>False when a problem was reported: the method's routes are not generated.</returns>
    public static bool Check(IMethodSymbol method, string display, StreamingSymbols symbols, List<HandlerProblem> problems)
    {
        var location = method.Locations.FirstOrDefault();
        var streams = method.Parameters.Where(p => KnownSymbols.Is(p.Type, symbols.HttpResponseStream)).ToList();
        var valid = true;
        foreach (var second in streams.Skip(1))
        {
            problems.Add(new HandlerProblem(DiagnosticDescriptors.SecondResponseStream, second.Locations.FirstOrDefault(), [display, second.Name]));
            valid = false;
        }

        var items = symbols.ReturnedItemType(method.ReturnType, out _) is not null;
        if (streams.Count > 0 && items)
        {
            problems.Add(new HandlerProblem(DiagnosticDescriptors.StreamingHandlerReturnsValue, location, [display, $"returns {method.ReturnType.ToDisplayString()} and takes a response stream too"]));
            valid = false;
        }
        else if (streams.Count > 0 && !StreamingParser.ReturnsNothing(method))
        {
            problems.Add(new HandlerProblem(DiagnosticDescriptors.StreamingHandlerReturnsValue, location, [display, $"takes a response stream and returns {method.ReturnType.ToDisplayString()}"]));
            valid = false;
        }

        if (!items && symbols.HasServerSentEvents(method))
        {
            problems.Add(new HandlerProblem(DiagnosticDescriptors.ServerSentEventsWithoutItems, location, [display, method.ReturnsVoid ? "void" : method.ReturnType.ToDisplayString()]));
        }

        return valid;
    }
}
