using System.Buffers;
using System.Text;
using System.Text.Json;
using HandlerSdk.Serialization;

namespace HandlerSdk.Tests.Serialization;

/// <summary>What the generated readers' filter around user code and their raw-name helper promise.</summary>
public sealed class JsonReadUserCodeTests
{
    [Fact]
    public void An_exception_passed_as_the_users_is_no_read_error_and_the_filter_catches_nothing()
    {
        var users = new ArgumentException("the user's rule");
        var readers = new ArgumentException("a parse failed");

        Assert.False(JsonRead.PassUserException(users));
        Assert.False(JsonRead.IsReadError(users));
        Assert.True(JsonRead.IsReadError(readers));
    }

    [Fact]
    public void A_JsonException_from_user_code_stays_a_read_error()
    {
        var thrown = new JsonException("not a SKU");

        Assert.False(JsonRead.PassUserException(thrown));
        Assert.True(JsonRead.IsReadError(thrown));
    }

    [Fact]
    public void The_raw_name_is_whole_whether_in_one_span_or_split_across_segments()
    {
        var json = Encoding.UTF8.GetBytes("""{"coupon\u005Fcode":1}""");
        var whole = new Utf8JsonReader(json);
        whole.Read();
        whole.Read();
        var split = new Utf8JsonReader(Split(json, 4));
        split.Read();
        split.Read();

        Assert.True(split.HasValueSequence);
        Assert.Equal("coupon\\u005Fcode", Encoding.UTF8.GetString(JsonRead.RawName(ref whole)));
        Assert.Equal("coupon\\u005Fcode", Encoding.UTF8.GetString(JsonRead.RawName(ref split)));
    }

    private static ReadOnlySequence<byte> Split(byte[] bytes, int at)
    {
        var first = new Segment(bytes.AsMemory(0, at), null);
        var last = new Segment(bytes.AsMemory(at), first);
        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, Segment? previous)
        {
            Memory = memory;
            if (previous is not null)
            {
                RunningIndex = previous.RunningIndex + previous.Memory.Length;
                previous.Next = this;
            }
        }
    }
}
