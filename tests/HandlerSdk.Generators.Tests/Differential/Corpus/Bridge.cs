// How the tests reach the generated serializers: through the same JsonRead.Root / JsonWrite.Root calls the
// generated handler adapters make, keyed by root type.
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using HandlerSdk.Generated;
using HandlerSdk.Serialization;

namespace Corpus;

public static class Bridge
{
    private static readonly Dictionary<Type, (Func<object?, byte[]> Write, Func<byte[], object?> Read)> Map = Build();

    public static Type[] Roots() => [.. Map.Keys];

    public static byte[] Write(Type type, object? value) => Map[type].Write(value);

    public static object? Read(Type type, byte[] json) => Map[type].Read(json);

    private static Dictionary<Type, (Func<object?, byte[]>, Func<byte[], object?>)> Build()
    {
        var map = new Dictionary<Type, (Func<object?, byte[]>, Func<byte[], object?>)>();
        Add<Everything>(map, LambdaJson.WriteEverything, LambdaJson.ReadEverything);
        Add<Primitives>(map, LambdaJson.WritePrimitives, LambdaJson.ReadPrimitives);
        Add<NullablePrimitives>(map, LambdaJson.WriteNullablePrimitives, LambdaJson.ReadNullablePrimitives);
        Add<Point>(map, LambdaJson.WritePoint, LambdaJson.ReadPoint);
        Add<Point?>(map, LambdaJson.WriteNullableOfPoint, LambdaJson.ReadNullableOfPoint);
        Add<Range>(map, LambdaJson.WriteRange, LambdaJson.ReadRange);
        Add<Coord>(map, LambdaJson.WriteCoord, LambdaJson.ReadCoord);
        Add<Money>(map, LambdaJson.WriteMoney, LambdaJson.ReadMoney);
        Add<Order>(map, LambdaJson.WriteOrder, LambdaJson.ReadOrder);
        Add<Customer>(map, LambdaJson.WriteCustomer, LambdaJson.ReadCustomer);
        Add<Address>(map, LambdaJson.WriteAddress, LambdaJson.ReadAddress);
        Add<OrderLine>(map, LambdaJson.WriteOrderLine, LambdaJson.ReadOrderLine);
        Add<Annotated>(map, LambdaJson.WriteAnnotated, LambdaJson.ReadAnnotated);
        Add<Dog>(map, LambdaJson.WriteDog, LambdaJson.ReadDog);
        Add<TreeNode>(map, LambdaJson.WriteTreeNode, LambdaJson.ReadTreeNode);
        Add<Collections>(map, LambdaJson.WriteCollections, LambdaJson.ReadCollections);
        Add<Dictionaries>(map, LambdaJson.WriteDictionaries, LambdaJson.ReadDictionaries);
        Add<WithCtor>(map, LambdaJson.WriteWithCtor, LambdaJson.ReadWithCtor);
        Add<Defaults>(map, LambdaJson.WriteDefaults, LambdaJson.ReadDefaults);
        Add<Account>(map, LambdaJson.WriteAccount, LambdaJson.ReadAccount);
        Add<Passthrough>(map, LambdaJson.WritePassthrough, LambdaJson.ReadPassthrough);
        Add<CasingNames>(map, LambdaJson.WriteCasingNames, LambdaJson.ReadCasingNames);
        Add<List<Order>>(map, LambdaJson.WriteListOfOrder, LambdaJson.ReadListOfOrder);
        Add<OrderLine[]>(map, LambdaJson.WriteArrayOfOrderLine, LambdaJson.ReadArrayOfOrderLine);
        Add<Dictionary<string, TreeNode>>(map, LambdaJson.WriteDictionaryOfStringAndTreeNode, LambdaJson.ReadDictionaryOfStringAndTreeNode);
        Add<Color>(map, LambdaJson.WriteColor, LambdaJson.ReadColor);
        Add<Status?>(map, LambdaJson.WriteNullableOfStatus, LambdaJson.ReadNullableOfStatus);
        Add<Envelope<Customer>>(map, LambdaJson.WriteEnvelopeOfCustomer, LambdaJson.ReadEnvelopeOfCustomer);
        Add<PlacedEvent>(map, LambdaJson.WritePlacedEvent, LambdaJson.ReadPlacedEvent);
        Add<Tagged<int>>(map, LambdaJson.WriteTaggedOfInt32, LambdaJson.ReadTaggedOfInt32);
        Add<Included>(map, LambdaJson.WriteIncluded, LambdaJson.ReadIncluded);
        Add<Preset>(map, LambdaJson.WritePreset, LambdaJson.ReadPreset);
        Add<Converted>(map, LambdaJson.WriteConverted, LambdaJson.ReadConverted);
        Add<Open>(map, LambdaJson.WriteOpen, LambdaJson.ReadOpen);
        Add<OpenRecord>(map, LambdaJson.WriteOpenRecord, LambdaJson.ReadOpenRecord);
        return map;
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
