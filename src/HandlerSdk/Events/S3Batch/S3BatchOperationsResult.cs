using System.Text.Json.Serialization;

namespace HandlerSdk.Events;

/// <summary>The result of one task of an <see cref="S3BatchOperationsEvent"/>.</summary>
public sealed record S3BatchOperationsResult : AwsEventObject
{
    /// <summary>The <see cref="S3BatchOperationsTask.TaskId"/> of the task.</summary>
    [JsonPropertyName("taskId")]
    public string TaskId { get; init; } = "";

    /// <summary><c>Succeeded</c>; <c>TemporaryFailure</c> (S3 retries the task); or <c>PermanentFailure</c> (S3 does not).</summary>
    [JsonPropertyName("resultCode")]
    public string ResultCode { get; init; } = "";

    /// <summary>A message S3 writes to the job's completion report.</summary>
    [JsonPropertyName("resultString")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ResultString { get; init; }

    /// <summary>A <c>Succeeded</c> result for <paramref name="task"/>.</summary>
    public static S3BatchOperationsResult Succeeded(S3BatchOperationsTask task, string? resultString = null) => Of(task, "Succeeded", resultString);

    /// <summary>A <c>TemporaryFailure</c> result for <paramref name="task"/>: S3 retries it.</summary>
    public static S3BatchOperationsResult TemporaryFailure(S3BatchOperationsTask task, string? resultString = null) => Of(task, "TemporaryFailure", resultString);

    /// <summary>A <c>PermanentFailure</c> result for <paramref name="task"/>: S3 does not retry it.</summary>
    public static S3BatchOperationsResult PermanentFailure(S3BatchOperationsTask task, string? resultString = null) => Of(task, "PermanentFailure", resultString);

    private static S3BatchOperationsResult Of(S3BatchOperationsTask task, string code, string? resultString)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new S3BatchOperationsResult { TaskId = task.TaskId, ResultCode = code, ResultString = resultString };
    }
}
