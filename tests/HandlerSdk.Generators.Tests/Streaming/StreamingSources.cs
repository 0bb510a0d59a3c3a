namespace HandlerSdk.Generators.Tests.Streaming;

/// <summary>Streaming handlers the tests generate from, one source per shape.</summary>
internal static class StreamingSources
{
    public const string Usings = """
        using System.Collections.Generic;
        using System.Runtime.CompilerServices;
        using System.Threading;
        using System.Threading.Tasks;
        using HandlerSdk;
        using HandlerSdk.Http;

        """;

    public const string Model = """
        namespace Exports;

        public sealed record ExportRequest(string Table, int Rows);

        public sealed record Row(int Id, string Name, decimal Total);

        public sealed record Prompt(string Text);

        public sealed record Token(string Text, int Index);
        """;

    public const string ResponseStreamHandler = Usings + """
        namespace Exports;

        public static class Raw
        {
            [LambdaHandler]
            public static async Task Copy(ExportRequest request, LambdaResponseStream response, ILambdaContext context, CancellationToken cancellationToken)
            {
                response.ContentType = "text/csv";
                await response.WriteAsync(System.Text.Encoding.UTF8.GetBytes(request.Table + "\n"), cancellationToken);
            }

            [LambdaHandler]
            public static void Hello(LambdaResponseStream response) => response.Write("hello"u8);
        }
        """;

    public const string ItemHandlers = Usings + """
        namespace Exports;

        public sealed class Items
        {
            [LambdaHandler]
            public async IAsyncEnumerable<Row> Export(ExportRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
            {
                for (var i = 0; i < request.Rows; i++)
                {
                    await Task.Yield();
                    yield return new Row(i, request.Table, i * 1.5m);
                }
            }

            [LambdaHandler]
            [ServerSentEvents]
            public static async IAsyncEnumerable<string> Complete(Prompt prompt, [EnumeratorCancellation] CancellationToken cancellationToken = default)
            {
                foreach (var word in prompt.Text.Split(' '))
                {
                    await Task.Delay(1, cancellationToken);
                    yield return word;
                }
            }

            [LambdaHandler]
            public static async IAsyncEnumerable<ServerSentEvent<Token>> Events(Prompt prompt)
            {
                await Task.Yield();
                yield return new ServerSentEvent<Token>(new Token(prompt.Text, 0), Event: "token", Id: "0");
            }
        }
        """;

    public const string FunctionUrlHandler = Usings + """
        namespace Exports;

        public static class Url
        {
            [LambdaHandler]
            public static async Task Page(HttpResponseStream response, CancellationToken cancellationToken)
            {
                response.StatusCode = 201;
                response.SetHeader("Content-Type", "text/html");
                response.AddCookie("seen=1");
                await response.WriteAsync("<p>hi</p>"u8.ToArray(), cancellationToken);
            }
        }
        """;
}
