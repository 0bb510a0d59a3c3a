using System.Text;
using HandlerSdk.Testing.Internal;

namespace HandlerSdk.Testing.Tests;

public sealed class TailTests
{
    [Fact]
    public void Tail_keeps_the_last_4_KB()
    {
        var logs = new string('a', 5000) + "END";
        var tail = Encoding.UTF8.GetString(Convert.FromBase64String(InvokeApi.Tail(logs)));

        Assert.Equal(4096, Encoding.UTF8.GetByteCount(tail));
        Assert.EndsWith("END\n", tail, StringComparison.Ordinal);
    }

    [Fact]
    public void Tail_never_splits_a_character()
    {
        var logs = new string('é', 3000); // two bytes each; 4096 would cut at an odd byte otherwise
        var tail = Convert.FromBase64String(InvokeApi.Tail("x" + logs));

        Assert.NotEqual(0x80, tail[0] & 0xC0);
        Assert.True(tail.Length <= 4096);
    }
}
