using System.CommandLine;
using HandlerSdk.Cli.Build;
using HandlerSdk.Cli.Handlers;
using HandlerSdk.Cli.Invoke;
using HandlerSdk.Cli.Output;
using HandlerSdk.Cli.Package;

namespace HandlerSdk.Cli.Template;

/// <summary>The <c>hsdk template</c> command: write or update the SAM template.yaml for the project's handlers.</summary>
internal static class TemplateCommand
{
    public static Command Create(ConsoleStreams console)
    {
        var path = PackageCommand.ProjectArgument();
        var architecture = InvokeCommand.ArchitectureOption("The Lambda architecture of the functions (and of the zip CodeUri points at). Default: x64.");
        var output = new Option<string?>("--output", "-o") { Description = "The template file. Default: template.yaml next to the project.", HelpName = "FILE" };
        var api = new Option<string>("--api")
        {
            Description = "The API Gateway API that HTTP functions' route events put them behind: http (an HTTP API, payload 2.0) or rest (a REST API, payload 1.0). Default: http.",
            HelpName = "KIND",
        };
        api.AcceptOnlyFromAmong(SamApiKinds.Names);
        var command = new Command("template", "Write or update an AWS SAM template.yaml with one function per handler, and one API event per HTTP route.") { path, architecture, output, api };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(path) ?? ".",
            TargetArchitectures.Parse(parseResult.GetValue(architecture) ?? "x64"),
            SamApiKinds.Parse(parseResult.GetValue(api) ?? "http"),
            parseResult.GetValue(output),
            CliOutput.For(console, parseResult),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, TargetArchitecture architecture, SamApiKind api, string? outputFile, CliOutput output, CancellationToken cancellationToken)
    {
        var project = FunctionBuilder.RequireProject(path);
        var templatePath = Path.GetFullPath(outputFile ?? Path.Combine(project.Directory, "template.yaml"));
        await FunctionBuilder.BuildAsync(project, output, force: false, cancellationToken).ConfigureAwait(false);
        var handlers = HandlerCatalog.Read(project.BuildAssembly);

        var zip = Path.Combine(project.DefaultPublishDirectory(architecture), FunctionZip.FileName);
        var codeUri = Path.GetRelativePath(Path.GetDirectoryName(templatePath)!, zip).Replace('\\', '/');
        var existing = File.Exists(templatePath) ? await File.ReadAllTextAsync(templatePath, cancellationToken).ConfigureAwait(false) : null;
        var updated = SamTemplate.Update(existing, handlers, architecture, codeUri, api);
        await File.WriteAllTextAsync(templatePath, updated, cancellationToken).ConfigureAwait(false);

        var routes = handlers.Sum(h => h.HttpRoutes.Count);
        var events = handlers.Sum(h => SamHttpEvents.Build(h, api).Count());
        var routeNote = routes == 0 ? "" : $", {routes} HTTP route(s) ({events} event(s) on {(api == SamApiKind.Http ? "an HTTP API" : "a REST API")})";
        output.Success($"{(existing is null ? "Wrote" : "Updated")} {templatePath}: {handlers.Count} function(s), {handlers.Sum(h => h.EventSources.Count)} event source(s){routeNote}, CodeUri {codeUri}");
        return ExitCodes.Success;
    }
}
