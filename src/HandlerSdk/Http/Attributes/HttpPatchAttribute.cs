namespace HandlerSdk;

/// <summary>
/// Routes HTTP <c>PATCH</c> requests whose path matches <see cref="Template"/> to this method. The method joins the
/// function of its <see cref="HttpApiAttribute"/> class, or is a function of its own when it also has
/// <see cref="LambdaHandlerAttribute"/>. The router is generated at compile time; an invalid template is error HSDK0201.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class HttpPatchAttribute : Attribute
{
    /// <summary>Routes <c>PATCH</c> requests for <paramref name="template"/> to the method.</summary>
    /// <param name="template">
    /// The path template, e.g. <c>/orders/{id:guid}</c>: literal segments (matched case-sensitively), parameters
    /// <c>{name}</c> with optional constraints <c>{name:int}</c>, optional parameters <c>{name?}</c> at the end and a
    /// catch-all <c>{*name}</c> as the last segment.
    /// </param>
    public HttpPatchAttribute(string template) => Template = template;

    /// <summary>The path template the method answers.</summary>
    public string Template { get; }
}
