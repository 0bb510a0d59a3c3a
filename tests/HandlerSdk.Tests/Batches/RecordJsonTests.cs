using System.Text;
using HandlerSdk.Batches;

namespace HandlerSdk.Tests.Batches;

/// <summary>
/// Issue 10's size goal: reading a batch record by record finds each record's identifier with a reader instead of
/// JsonDocument. It finds what JsonElement.TryGetProperty found: unescaped names, the last of duplicates, nested
/// members, and nothing in what is not an object.
/// </summary>
public sealed class RecordJsonTests
{
    [Theory]
    [InlineData("""{"messageId":"m1"}""", "m1")]
    [InlineData("""{ "body" : {"messageId":"inner"} , "messageId" : "m1" }""", "m1")]
    [InlineData("""{"message\u0049d":"m\u0031"}""", "m1")]
    [InlineData("""{"messageId":"first","messageId":"last"}""", "last")]
    [InlineData("""{"messageId":1}""", null)]
    [InlineData("""{"messageid":"m1"}""", null)]
    [InlineData("""["messageId","m1"]""", null)]
    [InlineData("""{}""", null)]
    public void A_string_member_is_found_by_its_unescaped_name(string json, string? expected) =>
        Assert.Equal(expected, RecordJson.String(Encoding.UTF8.GetBytes(json), "messageId"u8));

    [Theory]
    [InlineData("""{"kinesis":{"partitionKey":"p","sequenceNumber":"49"}}""", "49")]
    [InlineData("""{"kinesis":"49"}""", null)]
    [InlineData("""{"dynamodb":{"sequenceNumber":"49"}}""", null)]
    public void A_nested_string_member_is_found_inside_its_parent(string json, string? expected) =>
        Assert.Equal(expected, RecordJson.String(Encoding.UTF8.GetBytes(json), "kinesis"u8, "sequenceNumber"u8));

    [Fact]
    public void An_arrays_elements_are_the_exact_text_of_each()
    {
        var array = """[ {"a":[1,2]}, "x" ,3,[]]"""u8.ToArray();

        var elements = RecordJson.Elements(array).Select(e => Encoding.UTF8.GetString(array, e.Start, e.Length)).ToList();

        Assert.Equal(["""{"a":[1,2]}""", "\"x\"", "3", "[]"], elements);
    }
}
