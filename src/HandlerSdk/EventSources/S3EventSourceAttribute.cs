namespace HandlerSdk;

/// <summary>
/// Says that notifications of an Amazon S3 bucket trigger this handler: <c>hsdk template</c> writes a SAM <c>S3</c>
/// event for it. A function may have several.
/// </summary>
/// <remarks>SAM configures notifications only on a bucket of the same template, so the bucket is always <c>@Name</c>.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class S3EventSourceAttribute : Attribute
{
    /// <summary>Declares the bucket whose notifications trigger the handler.</summary>
    /// <param name="bucket"><c>@Name</c> for an <c>AWS::S3::Bucket</c> of the same template.</param>
    public S3EventSourceAttribute(string bucket) => Bucket = bucket;

    /// <summary>The bucket: <c>@Name</c>, a resource of the template.</summary>
    public string Bucket { get; }

    /// <summary>
    /// SAM <c>Events</c>: the S3 event types, comma-separated when several (<c>s3:ObjectCreated:*,s3:ObjectRemoved:*</c>).
    /// Each starts with <c>s3:</c>. Default: <c>s3:ObjectCreated:*</c>.
    /// </summary>
    public string Events { get; set; } = "s3:ObjectCreated:*";

    /// <summary>Only keys that start with this (<c>uploads/</c>), written as a <c>prefix</c> filter rule.</summary>
    public string? Prefix { get; set; }

    /// <summary>Only keys that end with this (<c>.jpg</c>), written as a <c>suffix</c> filter rule.</summary>
    public string? Suffix { get; set; }
}
