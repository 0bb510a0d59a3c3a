namespace HandlerSdk.Http;

/// <summary>What kind of body an <see cref="HttpResult"/> carries.</summary>
internal enum HttpResultBody
{
    None,
    Text,
    Bytes,
    Problem,
}
