namespace HandlerSdk.Http;

/// <summary>Where a handler parameter's value comes from; named in the 400 a binding failure produces.</summary>
public enum HttpBindingSource
{
    /// <summary>A route template parameter (<c>{id}</c>).</summary>
    Route = 1,

    /// <summary>A query string value.</summary>
    Query = 2,

    /// <summary>A request header.</summary>
    Header = 3,

    /// <summary>A request cookie.</summary>
    Cookie = 4,

    /// <summary>A claim of the authorizer (JWT or Lambda authorizer context).</summary>
    Claim = 5,

    /// <summary>The request body.</summary>
    Body = 6,
}
