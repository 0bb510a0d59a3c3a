namespace HandlerSdk;

/// <summary>
/// Hands the types a System.Text.Json source-generated context covers (its <c>[JsonSerializable]</c> types) to
/// that context instead of the generated serializers: the escape hatch for what HandlerSdk cannot generate,
/// such as custom <c>[JsonConverter]</c>s or polymorphic types. Still reflection-free and trimming-safe. Those types
/// are read and written with the context's own options (<c>[JsonSourceGenerationOptions]</c>), not with
/// <see cref="LambdaJsonOptionsAttribute"/>: give the context the same naming policy and case-insensitivity.
/// <code>[assembly: LambdaSerializerContext(typeof(MyJsonContext))]</code>
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class LambdaSerializerContextAttribute : Attribute
{
    /// <summary>Names the context.</summary>
    /// <param name="contextType">A <c>JsonSerializerContext</c> subclass with a static <c>Default</c> instance.</param>
    public LambdaSerializerContextAttribute(Type contextType) => ContextType = contextType;

    /// <summary>The context's type.</summary>
    public Type ContextType { get; }
}
