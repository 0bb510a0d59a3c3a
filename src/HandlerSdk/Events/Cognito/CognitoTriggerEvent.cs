using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>
/// The envelope every Amazon Cognito user-pool trigger shares. Cognito sends the request and an empty response in
/// the same object and reads the function's answer from the <see cref="Response"/> of the object it returns, so a
/// handler returns the event it got with the response filled in:
/// <c>return evt with { Response = evt.Response with { AutoConfirmUser = true } };</c>
/// </summary>
/// <typeparam name="TRequest">What Cognito tells the function, by trigger.</typeparam>
/// <typeparam name="TResponse">What the function may answer, by trigger.</typeparam>
public abstract record CognitoTriggerEvent<TRequest, TResponse> : AwsEventObject
    where TRequest : class, new()
    where TResponse : class, new()
{
    /// <summary>The version of the trigger's event format: <c>1</c>, or <c>2</c> and <c>3</c> for pre token generation.</summary>
    [JsonPropertyName("version")]
    public string Version { get; init; } = "";

    /// <summary>What caused the invocation, such as <c>PreSignUp_SignUp</c> or <c>TokenGeneration_RefreshTokens</c>.</summary>
    [JsonPropertyName("triggerSource")]
    public string TriggerSource { get; init; } = "";

    /// <summary>The region of the user pool.</summary>
    [JsonPropertyName("region")]
    public string Region { get; init; } = "";

    /// <summary>The id of the user pool, such as <c>us-east-1_EXAMPLE</c>.</summary>
    [JsonPropertyName("userPoolId")]
    public string UserPoolId { get; init; } = "";

    /// <summary>The user's name in the pool (the <c>sub</c> when the pool signs in by alias).</summary>
    [JsonPropertyName("userName")]
    public string UserName { get; init; } = "";

    /// <summary>Who called Cognito: the SDK and the app client.</summary>
    [JsonPropertyName("callerContext")]
    public CognitoCallerContext CallerContext { get; init; } = new();

    /// <summary>What Cognito tells the function.</summary>
    [JsonPropertyName("request")]
    public TRequest Request { get; init; } = new();

    /// <summary>The function's answer; empty (or with Cognito's defaults) as received.</summary>
    [JsonPropertyName("response")]
    public TResponse Response { get; init; } = new();
}
