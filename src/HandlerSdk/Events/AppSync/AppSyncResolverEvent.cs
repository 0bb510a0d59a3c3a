using System.Text.Json;

namespace HandlerSdk.Events;

/// <summary>
/// The event AWS AppSync sends a direct Lambda resolver (no mapping templates), with the field's GraphQL arguments
/// kept as a <see cref="JsonElement"/>. A batching resolver receives a list of these: take
/// <c>IReadOnlyList&lt;AppSyncResolverEvent&gt;</c> and return a list with one result per event, in the same order.
/// </summary>
public sealed record AppSyncResolverEvent : AppSyncResolverEvent<JsonElement>;
