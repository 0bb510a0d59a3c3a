namespace HandlerSdk.Events;

/// <summary>
/// The event Lambda sends for a Kinesis stream whose event source mapping aggregates over tumbling windows: the
/// records of one shard in one window, with the state the function returned for the window so far. Answer with a
/// <see cref="StreamTimeWindowResponse"/>.
/// </summary>
public sealed record KinesisTimeWindowEvent : StreamTimeWindowEvent<KinesisEventRecord>;
