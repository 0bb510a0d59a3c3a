// Calls InvokeWithResponseStream with the real AWS SDK for JavaScript v3 (LAMBDA_ENDPOINT, LAMBDA_FUNCTION,
// LAMBDA_PAYLOAD) and prints one JSON line per thing it sees: {"status","version"} once the call is answered, then
// {"chunk"} per PayloadChunk and {"complete"} for InvokeComplete, each as soon as it arrives.
const { LambdaClient, InvokeWithResponseStreamCommand } = require("@aws-sdk/client-lambda");

async function main() {
  const client = new LambdaClient({
    endpoint: process.env.LAMBDA_ENDPOINT,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
  });
  const response = await client.send(new InvokeWithResponseStreamCommand({
    FunctionName: process.env.LAMBDA_FUNCTION,
    Payload: Buffer.from(process.env.LAMBDA_PAYLOAD),
  }));
  console.log(JSON.stringify({ status: response.StatusCode, version: response.ExecutedVersion }));
  for await (const event of response.EventStream) {
    if (event.PayloadChunk) {
      console.log(JSON.stringify({ chunk: Buffer.from(event.PayloadChunk.Payload).toString("utf8") }));
    } else if (event.InvokeComplete) {
      console.log(JSON.stringify({ complete: event.InvokeComplete }));
    }
  }
}

main().catch((error) => {
  console.log(JSON.stringify({ failed: String(error && error.stack || error) }));
  process.exit(1);
});
