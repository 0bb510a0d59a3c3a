using System.ComponentModel;

namespace HandlerSdk.Http;

/// <summary>
/// The generated part of an HTTP function: routes the request, binds the handler's parameters, calls it and turns its
/// result into an <see cref="HttpResponse"/>. Binding failures are thrown as <see cref="HttpBindingException"/>.
/// </summary>
/// <param name="request">The request.</param>
/// <param name="context">The invocation.</param>
/// <param name="cancellationToken">The invocation's token.</param>
/// <returns>The response.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ValueTask<HttpResponse> HttpDispatch(HttpRequest request, ILambdaContext context, CancellationToken cancellationToken);
