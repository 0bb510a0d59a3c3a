namespace HandlerSdk.Streaming;

/// <summary>Where a <see cref="LambdaResponseStream"/> is in its life.</summary>
internal enum StreamState
{
    /// <summary>Nothing sent yet: an error can still go to <c>/error</c>.</summary>
    NotStarted,

    /// <summary>The head and at least one chunk went out: an error can only go in the trailers.</summary>
    Started,

    /// <summary>Closed for writes by the runtime.</summary>
    Completed,

    /// <summary>The Runtime API ended the request early, or the connection broke: nothing more can be sent on it.</summary>
    Broken,
}
