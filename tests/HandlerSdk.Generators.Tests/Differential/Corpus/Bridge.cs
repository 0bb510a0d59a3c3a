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
        Add<Everything>(map, LambdaJson.Write_Corpus_Everything, LambdaJson.Read_Corpus_Everything);
        Add<Primitives>(map, LambdaJson.Write_Corpus_Primitives, LambdaJson.Read_Corpus_Primitives);
        Add<NullablePrimitives>(map, LambdaJson.Write_Corpus_NullablePrimitives, LambdaJson.Read_Corpus_NullablePrimitives);
        Add<Point>(map, LambdaJson.Write_Corpus_Point, LambdaJson.Read_Corpus_Point);
        Add<Point?>(map, LambdaJson.Write_Corpus_Point_1Nullable, LambdaJson.Read_Corpus_Point_1Nullable);
        Add<Range>(map, LambdaJson.Write_Corpus_Range, LambdaJson.Read_Corpus_Range);
        Add<Coord>(map, LambdaJson.Write_Corpus_Coord, LambdaJson.Read_Corpus_Coord);
        Add<Money>(map, LambdaJson.Write_Corpus_Money, LambdaJson.Read_Corpus_Money);
        Add<Order>(map, LambdaJson.Write_Corpus_Order, LambdaJson.Read_Corpus_Order);
        Add<Customer>(map, LambdaJson.Write_Corpus_Customer, LambdaJson.Read_Corpus_Customer);
        Add<Address>(map, LambdaJson.Write_Corpus_Address, LambdaJson.Read_Corpus_Address);
        Add<OrderLine>(map, LambdaJson.Write_Corpus_OrderLine, LambdaJson.Read_Corpus_OrderLine);
        Add<Annotated>(map, LambdaJson.Write_Corpus_Annotated, LambdaJson.Read_Corpus_Annotated);
        Add<Dog>(map, LambdaJson.Write_Corpus_Dog, LambdaJson.Read_Corpus_Dog);
        Add<TreeNode>(map, LambdaJson.Write_Corpus_TreeNode, LambdaJson.Read_Corpus_TreeNode);
        Add<Collections>(map, LambdaJson.Write_Corpus_Collections, LambdaJson.Read_Corpus_Collections);
        Add<Dictionaries>(map, LambdaJson.Write_Corpus_Dictionaries, LambdaJson.Read_Corpus_Dictionaries);
        Add<WithCtor>(map, LambdaJson.Write_Corpus_WithCtor, LambdaJson.Read_Corpus_WithCtor);
        Add<Defaults>(map, LambdaJson.Write_Corpus_Defaults, LambdaJson.Read_Corpus_Defaults);
        Add<Account>(map, LambdaJson.Write_Corpus_Account, LambdaJson.Read_Corpus_Account);
        Add<Passthrough>(map, LambdaJson.Write_Corpus_Passthrough, LambdaJson.Read_Corpus_Passthrough);
        Add<CasingNames>(map, LambdaJson.Write_Corpus_CasingNames, LambdaJson.Read_Corpus_CasingNames);
        Add<List<Order>>(map, LambdaJson.Write_System_Collections_Generic_List_1OfCorpus_Order, LambdaJson.Read_System_Collections_Generic_List_1OfCorpus_Order);
        Add<OrderLine[]>(map, LambdaJson.Write_Corpus_OrderLine_1Array, LambdaJson.Read_Corpus_OrderLine_1Array);
        Add<Dictionary<string, TreeNode>>(map, LambdaJson.Write_System_Collections_Generic_Dictionary_1Ofstring_1AndCorpus_TreeNode, LambdaJson.Read_System_Collections_Generic_Dictionary_1Ofstring_1AndCorpus_TreeNode);
        Add<Color>(map, LambdaJson.Write_Corpus_Color, LambdaJson.Read_Corpus_Color);
        Add<Status?>(map, LambdaJson.Write_Corpus_Status_1Nullable, LambdaJson.Read_Corpus_Status_1Nullable);
        Add<Envelope<Customer>>(map, LambdaJson.Write_Corpus_Envelope_1OfCorpus_Customer, LambdaJson.Read_Corpus_Envelope_1OfCorpus_Customer);
        Add<PlacedEvent>(map, LambdaJson.Write_Corpus_PlacedEvent, LambdaJson.Read_Corpus_PlacedEvent);
        Add<Tagged<int>>(map, LambdaJson.Write_Corpus_Tagged_1Ofint, LambdaJson.Read_Corpus_Tagged_1Ofint);
        Add<Included>(map, LambdaJson.Write_Corpus_Included, LambdaJson.Read_Corpus_Included);
        Add<Preset>(map, LambdaJson.Write_Corpus_Preset, LambdaJson.Read_Corpus_Preset);
        Add<Converted>(map, LambdaJson.Write_Corpus_Converted, LambdaJson.Read_Corpus_Converted);
        Add<Open>(map, LambdaJson.Write_Corpus_Open, LambdaJson.Read_Corpus_Open);
        Add<OpenRecord>(map, LambdaJson.Write_Corpus_OpenRecord, LambdaJson.Read_Corpus_OpenRecord);
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
