using System.Net;
using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>One object an S3 Batch Operations job asks the function to process.</summary>
public sealed record S3BatchOperationsTask : AwsEventObject
{
    /// <summary>The id of the task; the result must carry it back.</summary>
    [JsonPropertyName("taskId")]
    public string TaskId { get; init; } = "";

    /// <summary>The object key as S3 sends it, URL-encoded; pass <see cref="DecodedS3Key"/> to the S3 API.</summary>
    [JsonPropertyName("s3Key")]
    public string S3Key { get; init; } = "";

    /// <summary>The object's version id, when the manifest names one.</summary>
    [JsonPropertyName("s3VersionId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? S3VersionId { get; init; }

    /// <summary>Schema 1.0: the ARN of the object's bucket.</summary>
    [JsonPropertyName("s3BucketArn")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? S3BucketArn { get; init; }

    /// <summary>Schema 2.0: the name of the object's bucket.</summary>
    [JsonPropertyName("s3Bucket")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? S3Bucket { get; init; }

    /// <summary>
    /// <see cref="S3Key"/> decoded as S3 encoded it (form URL encoding): each <c>+</c> becomes a space, then each
    /// <c>%XX</c> escape the UTF-8 byte it stands for. <c>my+file%3D1.txt</c> is <c>my file=1.txt</c>.
    /// </summary>
    [JsonIgnore]
    public string DecodedS3Key => WebUtility.UrlDecode(S3Key);

    /// <summary>
    /// The bucket's name, whichever schema sent it: <see cref="S3Bucket"/>, or the part of <see cref="S3BucketArn"/>
    /// after its last <c>:</c>; <see langword="null"/> when neither is present.
    /// </summary>
    [JsonIgnore]
    public string? BucketName => S3Bucket ?? (S3BucketArn is { } arn ? arn[(arn.LastIndexOf(':') + 1)..] : null);
}
