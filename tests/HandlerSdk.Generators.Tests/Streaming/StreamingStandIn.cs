namespace HandlerSdk.Generators.Tests.Streaming;

/// <summary>
/// The runtime's streaming types as the shared contract names them, for compiling generated code until the runtime
/// ships them (stream-runtime's branch): the generator finds them by metadata name, wherever they are declared.
/// </summary>
internal static class StreamingStandIn
{
    public const string Source = """
        namespace HandlerSdk
        {
            public sealed class LambdaResponseStream : System.IO.Stream
            {
                private LambdaResponseStream() { }
                public string ContentType { get; set; } = "application/octet-stream";
                public bool HasStarted { get; private set; }
                public long BytesWritten { get; private set; }
                public override bool CanRead => false;
                public override bool CanSeek => false;
                public override bool CanWrite => true;
                public override long Length => throw new System.NotSupportedException();
                public override long Position { get => throw new System.NotSupportedException(); set => throw new System.NotSupportedException(); }
                public override void Flush() { }
                public override int Read(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();
                public override long Seek(long offset, System.IO.SeekOrigin origin) => throw new System.NotSupportedException();
                public override void SetLength(long value) => throw new System.NotSupportedException();
                public override void Write(byte[] buffer, int offset, int count) { HasStarted = true; BytesWritten += count; }
            }

            public delegate System.Threading.Tasks.ValueTask LambdaStreamingInvocationHandler(System.ReadOnlyMemory<byte> @event, ILambdaContext context, LambdaResponseStream response, System.Threading.CancellationToken cancellationToken);

            public static class LambdaHandlerTableStandIn
            {
                public static LambdaHandlerTable AddStreaming(this LambdaHandlerTable table, string name, System.Func<LambdaStreamingInvocationHandler> createHandler) => table;
            }
        }

        namespace HandlerSdk.Http
        {
            public sealed class HttpResponseStream : System.IO.Stream
            {
                public HttpResponseStream(HandlerSdk.LambdaResponseStream response) { }
                public int StatusCode { get; set; } = 200;
                public void SetHeader(string name, string value) { }
                public void AddCookie(string setCookie) { }
                public System.Threading.Tasks.ValueTask CompleteAsync() => default;
                public override bool CanRead => false;
                public override bool CanSeek => false;
                public override bool CanWrite => true;
                public override long Length => throw new System.NotSupportedException();
                public override long Position { get => throw new System.NotSupportedException(); set => throw new System.NotSupportedException(); }
                public override void Flush() { }
                public override int Read(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();
                public override long Seek(long offset, System.IO.SeekOrigin origin) => throw new System.NotSupportedException();
                public override void SetLength(long value) => throw new System.NotSupportedException();
                public override void Write(byte[] buffer, int offset, int count) { }
            }

            public delegate System.Threading.Tasks.ValueTask<HttpResponse?> HttpStreamingDispatch(HttpRequest request, HandlerSdk.ILambdaContext context, HttpResponseStream response, System.Threading.CancellationToken cancellationToken);

            public static class HttpStreamingRunner
            {
                public static System.Threading.Tasks.ValueTask RunAsync(System.ReadOnlyMemory<byte> @event, HandlerSdk.ILambdaContext context, HandlerSdk.LambdaResponseStream response, System.Threading.CancellationToken cancellationToken, HttpStreamingDispatch dispatch) => default;
            }
        }
        """;
}
