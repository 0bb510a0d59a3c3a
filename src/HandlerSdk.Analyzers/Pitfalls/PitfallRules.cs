using System.Collections.Immutable;
using HandlerSdk.Analyzers.HandlerCode;
using HandlerSdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HandlerSdk.Analyzers.Pitfalls;

/// <summary>
/// Lambda-specific mistakes in handler code: work left running after the response (HSDK1201), which Lambda freezes
/// with the environment, and clients built on every invocation (HSDK1202), which pay for new connections each time.
/// </summary>
internal static class PitfallRules
{
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.FireAndForget,
        DiagnosticDescriptors.ClientPerInvocation);

    public static void Analyze(HandlerBody body)
    {
        var symbols = body.Settings.Symbols;
        var reach = body.Reach;
        foreach (var operation in body.Operations)
        {
            switch (operation)
            {
                case IInvocationOperation invocation when DroppedTask.Find(invocation, symbols) is { } dropped:
                    body.Report(Diagnostic.Create(
                        DiagnosticDescriptors.FireAndForget, invocation.Syntax.GetLocation(), reach.PathTo(DroppedTask.Api(invocation)), dropped));
                    break;
                case IAnonymousFunctionOperation lambda when DroppedTask.Find(lambda) is { } asyncVoid:
                    var location = lambda.Syntax is AnonymousFunctionExpressionSyntax function ? function.AsyncKeyword.GetLocation() : lambda.Syntax.GetLocation();
                    body.Report(Diagnostic.Create(DiagnosticDescriptors.FireAndForget, location, reach.PathTo("async lambda"), asyncVoid));
                    break;
                case IObjectCreationOperation creation when PerInvocationClient.Find(creation, reach, body.Settings.Clients, symbols) is { } client:
                    body.Report(Diagnostic.Create(DiagnosticDescriptors.ClientPerInvocation, creation.Syntax.GetLocation(), reach.Path, client));
                    break;
            }
        }
    }
}
