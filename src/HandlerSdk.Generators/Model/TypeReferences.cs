using System.Collections.Generic;
using System.Linq;
using HandlerSdk.Generators.Model.Http;

namespace HandlerSdk.Generators.Model;

/// <summary>
/// The type ids whose <see cref="TypeShape"/> a generated file's code asks for: a file is given those shapes and no
/// others, so a type new to the graph changes the inputs of the files that mention it and of no other file.
/// </summary>
/// <remarks>
/// Only the ids a file mentions, not everything they reach: a serializer calls the readers and writers of its
/// members' types and needs nothing about their members, so a type added deep in the graph leaves the files above
/// the one that gained it as they were.
/// </remarks>
internal static class TypeReferences
{
    /// <summary>The serializer of <paramref name="type"/>: the type itself and its members', elements', keys' and values' types.</summary>
    public static IEnumerable<string> Of(TypeSpec type)
    {
        yield return type.Id;
        switch (type)
        {
            case ObjectSpec o:
                foreach (var property in o.Properties)
                {
                    yield return property.TypeId;
                }

                break;
            case CollectionSpec c:
                yield return c.ElementId;
                break;
            case DictionarySpec d:
                yield return d.ValueId;
                if (d.KeyEnumId is { } keyEnum)
                {
                    yield return keyEnum;
                }

                break;
            case NullableSpec n:
                yield return n.UnderlyingId;
                break;
            case EncodedPayloadSpec p:
                yield return p.InnerId;
                break;
        }
    }

    /// <summary>The adapter of <paramref name="handler"/>: its event, result, batch record and response, streamed items.</summary>
    public static IEnumerable<string> Of(HandlerSpec handler) => Ids(
        handler.Event, handler.Return.Result, handler.Batch?.Response, handler.Batch?.Record, handler.Streaming?.Item);

    /// <summary>The dispatch of an HTTP function: each route's JSON bodies and payload models, its results and streamed items.</summary>
    public static IEnumerable<string> Of(HttpFunctionSpec function) =>
        function.Routes
            .Where(route => route.Dispatch is not null)
            .SelectMany(route => route.Dispatch!.Parameters.Select(p => p.TypeId)
                .Append(route.Dispatch.Return.JsonTypeId)
                .Append(route.Dispatch.Return.Items?.Item?.TypeId))
            .OfType<string>();

    private static IEnumerable<string> Ids(params PayloadSpec?[] payloads) =>
        payloads.Select(p => p?.TypeId).OfType<string>();
}
