namespace HandlerSdk;

/// <summary>
/// Marks a method as an AWS Lambda handler. At compile time HandlerSdk generates the program's entry point,
/// the dispatch by <c>_HANDLER</c> and the JSON serializers for the types the method reads and writes.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class LambdaHandlerAttribute : Attribute
{
    /// <summary>
    /// The handler's name, matched against the <c>_HANDLER</c> setting of the function when a project has several
    /// handlers. Defaults to the method's name.
    /// </summary>
    public string? Name { get; set; }

    /// <summary>
    /// The function timeout in seconds: 1 to 900 on Lambda, or up to the project's <c>HandlerSdkMaxDurationSeconds</c>.
    /// Used by the deployment template and by the analyzers that warn about work that cannot finish in time. Leave it
    /// unset for Lambda's default (3 seconds); a value set outside the range, 0 included, is error HSDK0007.
    /// </summary>
    public int TimeoutSeconds { get; set; }

    /// <summary>
    /// The function's memory size in MB, 128 to 10240. Used by the deployment template. Leave it unset for Lambda's
    /// default (128 MB); a value set outside the range, 0 included, is error HSDK0007.
    /// </summary>
    public int MemorySizeMb { get; set; }
}
