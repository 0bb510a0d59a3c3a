using System.Buffers.Text;
using System.Text.Json;
using HandlerSdk.Generated;
using HandlerSdk.Serialization;
using HandlerSdk.Serialization.Payloads;

namespace HandlerSdk.Benchmarks.Serialization;

/// <summary>
/// A prototype (what the generated <c>ReadDdbItem_</c> readers were built from): <see cref="DdbOrder"/> read straight from DynamoDB JSON (<c>{"total":{"N":"129.95"}}</c>),
/// hand-written in the shape a generated reader would have, against what ships (each image turned into plain JSON, then
/// the generated reader over that). It answers one question with a number (<c>--prototype-ddb</c>): what reading the
/// images once instead of twice would be worth. It handles only this benchmark's shapes and none of the errors.
/// </summary>
internal static class DirectDynamoDbPrototype
{
    public static void Run(TextWriter log, int rounds)
    {
        var json = DynamoDbTypedImages.Json();
        var shipped = new List<DdbOrder>();
        var direct = new List<DdbOrder>();
        Images(json, shipped, static (ref Utf8JsonReader reader) => JsonPayload.ReadDynamoDbJson(ref reader, "DdbOrder", static (ref Utf8JsonReader r) => LambdaJson.ReadDdbOrder(ref r)));
        Images(json, direct, static (ref Utf8JsonReader reader) => ReadImage(ref reader));
        var generated = new List<DdbOrder>();
        Images(json, generated, static (ref Utf8JsonReader reader) => Generated(ref reader));
        for (var i = 0; i < shipped.Count; i++)
        {
            var expected = JsonSerializer.Serialize(shipped[i], DynamoDbStjContext.Default.DdbOrder);
            var actual = JsonSerializer.Serialize(direct[i], DynamoDbStjContext.Default.DdbOrder);
            var actualGenerated = JsonSerializer.Serialize(generated[i], DynamoDbStjContext.Default.DdbOrder);
            if (expected != actual || expected != actualGenerated)
            {
                throw new InvalidOperationException($"image {i}: the prototype read {actual}, the generated direct reader {actualGenerated}, the transform path {expected}");
            }
        }

        log.WriteLine($"ok   the prototype and the generated direct reader read the same {shipped.Count} images as the transform path");
        log.WriteLine("| pair | input | shipped: transform + generated reader (median) | prototype: straight from DynamoDB JSON (median) | shipped / prototype | allocated shipped | allocated prototype |");
        log.WriteLine("|---|---|---|---|---|---|---|");
        Interleaved.Compare(log, rounds, "the event walked, its 30 images read into items", "DynamoDB stream event, 23.1 KB",
            () => Images(json, null, static (ref Utf8JsonReader reader) => JsonPayload.ReadDynamoDbJson(ref reader, "DdbOrder", static (ref Utf8JsonReader r) => LambdaJson.ReadDdbOrder(ref r))),
            () => Images(json, null, static (ref Utf8JsonReader reader) => ReadImage(ref reader)));

        // What ships now: the generated ReadDdbItem_ against the transform path (what shipped before) and the prototype.
        Interleaved.Compare(log, rounds, "transform + generated reader / generated direct reader (ReadDdbItem_)", "DynamoDB stream event, 23.1 KB",
            () => Images(json, null, static (ref Utf8JsonReader reader) => JsonPayload.ReadDynamoDbJson(ref reader, "DdbOrder", static (ref Utf8JsonReader r) => LambdaJson.ReadDdbOrder(ref r))),
            () => Images(json, null, static (ref Utf8JsonReader reader) => Generated(ref reader)));
        Interleaved.Compare(log, rounds, "generated direct reader / prototype", "DynamoDB stream event, 23.1 KB",
            () => Images(json, null, static (ref Utf8JsonReader reader) => Generated(ref reader)),
            () => Images(json, null, static (ref Utf8JsonReader reader) => ReadImage(ref reader)));
    }

    /// <summary>The generated reader straight from DynamoDB JSON, as a DynamoDbJson payload member now calls it.</summary>
    private static DdbOrder Generated(ref Utf8JsonReader reader) =>
        DynamoDbRead.Item(ref reader, "DdbOrder", LambdaJson.ReadDdbOrder_DynamoDbItem);

    /// <summary>Runs <paramref name="read"/> at the value of every Keys, NewImage and OldImage member.</summary>
    private static void Images(byte[] json, List<DdbOrder>? items, ReadValue<DdbOrder> read)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName &&
                (reader.ValueTextEquals("Keys"u8) || reader.ValueTextEquals("NewImage"u8) || reader.ValueTextEquals("OldImage"u8)))
            {
                reader.Read();
                var item = read(ref reader);
                items?.Add(item);
            }
        }
    }

    // An image is a map of attribute values without the {"M": ...} around it.
    private static DdbOrder ReadImage(ref Utf8JsonReader reader)
    {
        var order = new DdbOrder();
        while (JsonRead.NextProperty(ref reader))
        {
            var name = reader.ValueSpan;
            reader.Read();
            switch (name.Length)
            {
                case 10 when name.SequenceEqual("customerId"u8): order.CustomerId = S(ref reader)!; break;
                case 7 when name.SequenceEqual("orderId"u8): order.OrderId = S(ref reader)!; break;
                case 9 when name.SequenceEqual("createdAt"u8): order.CreatedAt = Date(ref reader); break;
                case 9 when name.SequenceEqual("updatedAt"u8): order.UpdatedAt = Date(ref reader); break;
                case 6 when name.SequenceEqual("status"u8): order.Status = S(ref reader)!; break;
                case 8 when name.SequenceEqual("currency"u8): order.Currency = S(ref reader)!; break;
                case 5 when name.SequenceEqual("total"u8): order.Total = Decimal(ref reader); break;
                case 8 when name.SequenceEqual("discount"u8): order.Discount = Decimal(ref reader); break;
                case 9 when name.SequenceEqual("itemCount"u8): order.ItemCount = (int)Long(ref reader); break;
                case 7 when name.SequenceEqual("version"u8): order.Version = Long(ref reader); break;
                case 7 when name.SequenceEqual("express"u8): order.Express = Bool(ref reader); break;
                case 11 when name.SequenceEqual("giftMessage"u8): order.GiftMessage = S(ref reader); break;
                case 4 when name.SequenceEqual("tags"u8): order.Tags = StringSet(ref reader); break;
                case 5 when name.SequenceEqual("lines"u8): order.Lines = Lines(ref reader); break;
                case 6 when name.SequenceEqual("shipTo"u8): order.ShipTo = Address(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return order;
    }

    /// <summary>Moves from an attribute value's start to its value, past the one tag.</summary>
    private static void Tag(ref Utf8JsonReader reader, ReadOnlySpan<byte> tag)
    {
        reader.Read();
        if (!reader.ValueTextEquals(tag))
        {
            throw new JsonException("unexpected tag");
        }

        reader.Read();
    }

    private static void End(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException("several tags");
        }
    }

    private static string? S(ref Utf8JsonReader reader)
    {
        reader.Read();
        string? value;
        if (reader.ValueTextEquals("NULL"u8))
        {
            reader.Read();
            value = null;
        }
        else
        {
            reader.Read();
            value = JsonRead.String(ref reader);
        }

        End(ref reader);
        return value;
    }

    private static DateTimeOffset Date(ref Utf8JsonReader reader)
    {
        Tag(ref reader, "S"u8);
        var value = JsonRead.DateTimeOffset(ref reader);
        End(ref reader);
        return value;
    }

    private static decimal Decimal(ref Utf8JsonReader reader)
    {
        Tag(ref reader, "N"u8);
        var value = Utf8Parser.TryParse(reader.ValueSpan, out decimal parsed, out var used) && used == reader.ValueSpan.Length ? parsed : throw new JsonException("not a number");
        End(ref reader);
        return value;
    }

    private static long Long(ref Utf8JsonReader reader)
    {
        Tag(ref reader, "N"u8);
        var value = Utf8Parser.TryParse(reader.ValueSpan, out long parsed, out var used) && used == reader.ValueSpan.Length ? parsed : throw new JsonException("not a number");
        End(ref reader);
        return value;
    }

    private static bool Bool(ref Utf8JsonReader reader)
    {
        Tag(ref reader, "BOOL"u8);
        var value = JsonRead.Boolean(ref reader);
        End(ref reader);
        return value;
    }

    private static List<string> StringSet(ref Utf8JsonReader reader)
    {
        Tag(ref reader, "SS"u8);
        var values = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(JsonRead.String(ref reader)!);
        }

        End(ref reader);
        return values;
    }

    private static List<DdbOrderLine> Lines(ref Utf8JsonReader reader)
    {
        Tag(ref reader, "L"u8);
        var lines = new List<DdbOrderLine>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Tag(ref reader, "M"u8);
            var line = new DdbOrderLine();
            while (JsonRead.NextProperty(ref reader))
            {
                var name = reader.ValueSpan;
                reader.Read();
                switch (name.Length)
                {
                    case 3 when name.SequenceEqual("sku"u8): line.Sku = S(ref reader)!; break;
                    case 5 when name.SequenceEqual("title"u8): line.Title = S(ref reader)!; break;
                    case 8 when name.SequenceEqual("quantity"u8): line.Quantity = (int)Long(ref reader); break;
                    case 9 when name.SequenceEqual("unitPrice"u8): line.UnitPrice = Decimal(ref reader); break;
                    default: reader.Skip(); break;
                }
            }

            End(ref reader);
            lines.Add(line);
        }

        End(ref reader);
        return lines;
    }

    private static DdbAddress Address(ref Utf8JsonReader reader)
    {
        Tag(ref reader, "M"u8);
        var address = new DdbAddress();
        while (JsonRead.NextProperty(ref reader))
        {
            var name = reader.ValueSpan;
            reader.Read();
            switch (name.Length)
            {
                case 4 when name.SequenceEqual("name"u8): address.Name = S(ref reader)!; break;
                case 6 when name.SequenceEqual("street"u8): address.Street = S(ref reader)!; break;
                case 4 when name.SequenceEqual("city"u8): address.City = S(ref reader)!; break;
                case 10 when name.SequenceEqual("postalCode"u8): address.PostalCode = S(ref reader)!; break;
                case 7 when name.SequenceEqual("country"u8): address.Country = S(ref reader)!; break;
                default: reader.Skip(); break;
            }
        }

        End(ref reader);
        return address;
    }
}
