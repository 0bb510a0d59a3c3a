using System.Text.Json;

namespace HandlerSdk.Events;

/// <summary>
/// The request CloudFormation sends a custom resource's function, with the resource's properties as JSON. A function
/// must answer every request, failures included, by sending a <see cref="CloudFormationCustomResourceResponse"/> to
/// <see cref="CloudFormationCustomResourceRequest{TProperties}.ResponseUrl"/> (<see cref="CloudFormationResponseSender"/>);
/// otherwise the stack waits for it until it times out.
/// </summary>
public sealed record CloudFormationCustomResourceRequest : CloudFormationCustomResourceRequest<JsonElement>;
