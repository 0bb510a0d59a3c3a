namespace HandlerSdk;

/// <summary>
/// Binds the parameter from the request body: JSON read by the generated serializer, or the raw body for
/// <see cref="string"/>, <c>byte[]</c>, <c>ReadOnlyMemory&lt;byte&gt;</c> and <see cref="System.IO.Stream"/>
/// (which are only bound from the body when marked). A method takes at most one body (HSDK0206).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FromBodyAttribute : Attribute
{
}
