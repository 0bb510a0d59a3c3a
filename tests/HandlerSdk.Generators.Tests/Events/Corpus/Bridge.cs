// How the tests reach the generated serializers: the JsonRead.Root / JsonWrite.Root calls generated handler
// adapters make, keyed by root type. Each family of sources registers its roots in a Register* method of its own
// file (a part of this class), found here by name, so families are added without touching this file.
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Reflection;
using System.Text.Json;
using HandlerSdk.Events;
using HandlerSdk.Generated;
using HandlerSdk.Serialization;

namespace EventCorpus;

public static partial class Bridge
{
    private static readonly Dictionary<Type, (Func<object?, byte[]> Write, Func<byte[], object?> Read)> Map = Build();

    public static byte[] Write(Type type, object? value) => Map[type].Write(value);

    public static object? Read(Type type, byte[] json) => Map[type].Read(json);

    private static Dictionary<Type, (Func<object?, byte[]>, Func<byte[], object?>)> Build()
    {
        var map = new Dictionary<Type, (Func<object?, byte[]>, Func<byte[], object?>)>();
        foreach (var register in typeof(Bridge).GetMethods(BindingFlags.NonPublic | BindingFlags.Static))
        {
            if (register.Name.StartsWith("Register", StringComparison.Ordinal))
            {
                register.Invoke(null, [map]);
            }
        }

        return map;
    }

    private static void RegisterSqsSnsS3EventBridge(Dictionary<Type, (Func<object?, byte[]>, Func<byte[], object?>)> map)
    {
        Add<SqsEvent>(map, LambdaJson.WriteSqsEvent, LambdaJson.ReadSqsEvent);
        Add<SqsBatchResponse>(map, LambdaJson.WriteSqsBatchResponse, LambdaJson.ReadSqsBatchResponse);
        Add<SnsEvent>(map, LambdaJson.WriteSnsEvent, LambdaJson.ReadSnsEvent);
        Add<S3Event>(map, LambdaJson.WriteS3Event, LambdaJson.ReadS3Event);
        Add<EventBridgeEvent<OrderPlaced>>(map, LambdaJson.WriteEventBridgeEventOfOrderPlaced, LambdaJson.ReadEventBridgeEventOfOrderPlaced);
        Add<EventBridgeEvent<JsonElement>>(map, LambdaJson.WriteEventBridgeEventOfJsonElement, LambdaJson.ReadEventBridgeEventOfJsonElement);
        Add<ScheduledEvent>(map, LambdaJson.WriteScheduledEvent, LambdaJson.ReadScheduledEvent);
    }

    private static void Add<T>(Dictionary<Type, (Func<object?, byte[]>, Func<byte[], object?>)> map, Action<Utf8JsonWriter, T> write, ReadValue<T> read)
    {
        map[typeof(T)] = (
            value =>
            {
                var buffer = new ArrayBufferWriter<byte>();
                JsonWrite.Root(buffer, (T)value!, write);
                return buffer.WrittenSpan.ToArray();
            },
            json => JsonRead.Root(json, typeof(T).FullName!, read));
    }
}
