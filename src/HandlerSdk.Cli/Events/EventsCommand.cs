using System.CommandLine;
using HandlerSdk.Cli.Output;

namespace HandlerSdk.Cli.Events;

/// <summary>The <c>hsdk events</c> command: <c>list</c> the sources, write a sample event with <c>new</c>.</summary>
internal static class EventsCommand
{
    public static Command Create(ConsoleStreams console)
    {
        var command = new Command("events", "Write sample AWS events (SQS, SNS, EventBridge, S3, DynamoDB, Kinesis, Kafka...) to invoke functions with.")
        {
            List(console),
            New(console),
        };
        return command;
    }

    private static Command List(ConsoleStreams console)
    {
        var command = new Command("list", "List the event sources hsdk events new writes, with the HandlerSdk type that reads each.");
        command.SetAction(parseResult =>
        {
            CliOutput.For(console, parseResult).Table(
                ["SOURCE", "TYPE", "--body GOES TO", "DESCRIPTION"],
                EventCatalog.All.Select(source => (IReadOnlyList<string>)[source.Name, source.Model, source.Shape.Payload ?? "-", source.Description]));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command New(ConsoleStreams console)
    {
        var source = new Argument<string>("SOURCE") { Description = "The event source, as hsdk events list names it (sqs, sns, eventbridge, dynamodb-insert...)." };
        var body = new Option<string?>("--body", "-b")
        {
            Description = "The payload: a JSON file, JSON text, or - for standard input. It goes where the source carries its payload, encoded as AWS encodes it (hsdk events list shows where).",
            HelpName = "FILE|JSON|-",
        };
        var count = new Option<int>("--count", "-n")
        {
            Description = "How many records (messages, stream records...): each with its own ids, and growing sequence numbers where the source is ordered.",
            HelpName = "N",
            DefaultValueFactory = _ => 1,
        };
        var region = new Option<string>("--region") { Description = "The AWS region in ARNs and fields.", HelpName = "REGION", DefaultValueFactory = _ => EventCatalog.DefaultRegion };
        var account = new Option<string>("--account") { Description = "The AWS account id in ARNs and fields.", HelpName = "ACCOUNT", DefaultValueFactory = _ => EventCatalog.DefaultAccount };
        var names = Enum.GetValues<ResourceKind>().ToDictionary(kind => kind, kind => new Option<string?>(ResourceOptions.OptionName(kind))
        {
            Description = ResourceOptions.Description(kind),
            HelpName = "NAME",
        });
        var output = new Option<string?>("--output", "-o") { Description = "Write the event to this file instead of standard output.", HelpName = "FILE" };

        var command = new Command("new", "Write one sample event of SOURCE to standard output, as AWS would send it.") { source, body, count, region, account, output };
        foreach (var option in names.Values)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var request = new EventRequest(parseResult.GetRequiredValue(source))
            {
                Body = parseResult.GetValue(body),
                Count = parseResult.GetValue(count),
                Region = parseResult.GetValue(region) ?? EventCatalog.DefaultRegion,
                Account = parseResult.GetValue(account) ?? EventCatalog.DefaultAccount,
                Names = names
                    .Select(pair => (pair.Key, Value: parseResult.GetValue(pair.Value)))
                    .Where(pair => pair.Value is not null)
                    .ToDictionary(pair => pair.Key, pair => pair.Value!),
                Output = parseResult.GetValue(output),
            };
            var json = EventWriter.Write(request, console.In);
            if (request.Output is { } file)
            {
                var fullPath = Path.GetFullPath(file);
                if (Path.GetDirectoryName(fullPath) is { } directory && !Directory.Exists(directory))
                {
                    throw new UserErrorException($"cannot write {fullPath}: the folder {directory} does not exist");
                }

                await File.WriteAllTextAsync(fullPath, json, cancellationToken).ConfigureAwait(false);
                CliOutput.For(console, parseResult).Note($"Wrote {fullPath}");
            }
            else
            {
                await console.Out.WriteAsync(json).ConfigureAwait(false);
                await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
