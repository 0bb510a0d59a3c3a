using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>A statement of an <see cref="ApiGatewayPolicyDocument"/>: which actions on which resources it allows or denies.</summary>
/// <remarks>
/// IAM takes <c>Action</c> and <c>Resource</c> as one string or as an array of strings, and AWS's own examples use
/// both. They are kept as the JSON that arrived (<see cref="JsonElement"/>), so a policy is written back in the form
/// it was read; <see cref="GetActions()"/> and <see cref="GetResources()"/> read either form as a list, and
/// <see cref="Create"/> builds a statement from lists.
/// </remarks>
public sealed record ApiGatewayPolicyStatement : AwsEventObject
{
    // JsonElement is immutable, so every statement can share these.
    private static readonly JsonElement InvokeAction = StringOrList.Of("execute-api:Invoke");
    private static readonly JsonElement NoResources = StringOrList.Of([]);

    /// <summary>The action, <c>execute-api:Invoke</c>: a JSON string, or an array of strings.</summary>
    [JsonPropertyName("Action")]
    public JsonElement Action { get; init; } = InvokeAction;

    /// <summary><c>Allow</c> or <c>Deny</c>.</summary>
    [JsonPropertyName("Effect")]
    public string Effect { get; init; } = "";

    /// <summary>The method ARNs the statement covers (wildcards allowed): a JSON string, or an array of strings.</summary>
    [JsonPropertyName("Resource")]
    public JsonElement Resource { get; init; } = NoResources;

    /// <summary>An optional id of the statement within the policy.</summary>
    [JsonPropertyName("Sid")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sid { get; init; }

    /// <summary>IAM conditions under which the statement applies, such as <c>{"IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}}</c>, kept as the JSON sent.</summary>
    [JsonPropertyName("Condition")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Condition { get; init; }

    /// <summary><see cref="Action"/> as a list, whichever form it has.</summary>
    /// <exception cref="FormatException"><see cref="Action"/> is neither a string nor an array of strings.</exception>
    public IReadOnlyList<string> GetActions() => StringOrList.Read(Action, "Action");

    /// <summary><see cref="Resource"/> as a list, whichever form it has.</summary>
    /// <exception cref="FormatException"><see cref="Resource"/> is neither a string nor an array of strings.</exception>
    public IReadOnlyList<string> GetResources() => StringOrList.Read(Resource, "Resource");

    /// <summary>
    /// A statement with <paramref name="effect"/> on <paramref name="resources"/> for <c>execute-api:Invoke</c>, such as
    /// <c>Create("Allow", request.MethodArn)</c>. One resource is written as a string, several as an array.
    /// </summary>
    /// <param name="effect"><c>Allow</c> or <c>Deny</c>.</param>
    /// <param name="resources">The method ARNs, such as the request's <c>methodArn</c>, or with wildcards (<c>arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/*</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="effect"/> is neither <c>Allow</c> nor <c>Deny</c>, or no resource is given.</exception>
    public static ApiGatewayPolicyStatement Create(string effect, params IReadOnlyList<string> resources)
    {
        ArgumentNullException.ThrowIfNull(effect);
        ArgumentNullException.ThrowIfNull(resources);
        if (effect is not ("Allow" or "Deny"))
        {
            throw new ArgumentException($"A policy statement's effect is Allow or Deny, not '{effect}'.", nameof(effect));
        }

        if (resources.Count == 0)
        {
            throw new ArgumentException("A policy statement needs at least one resource (a method ARN).", nameof(resources));
        }

        return new ApiGatewayPolicyStatement
        {
            Effect = effect,
            Resource = resources.Count == 1 ? StringOrList.Of(resources[0]) : StringOrList.Of(resources),
        };
    }
}
