using System.Reflection;
using System.Text;
using HandlerSdk.Serialization;

namespace HandlerSdk.Generators.Tests.Differential;

/// <summary>
/// Issue 13, item 4: an exception thrown by the user's constructor, setter or <c>init</c> accessor while a value is read
/// arrives as itself (its type and message, as System.Text.Json lets it through), not as "bad JSON at a path"; real
/// JSON errors in the same types still name their path.
/// </summary>
public sealed class UserExceptionTests
{
    private static CorpusAssembly Corpus => CorpusAssembly.Get(CorpusAssembly.DefaultName);

    [Theory]
    [InlineData("""{"Names":[{"Name":"a"},{"Name":" "}]}""", typeof(ArgumentException), "A name must have a letter.")]
    [InlineData("""{"Counter":{"Count":-2}}""", typeof(ArgumentOutOfRangeException), "A count is never negative.")]
    [InlineData("""{"Code":{"Code":"toolong"}}""", typeof(InvalidOperationException), "'toolong' is not a three-letter code.")]
    public void An_exception_from_user_code_arrives_as_itself(string json, Type expected, string message)
    {
        var ours = Assert.ThrowsAny<Exception>(() => ReadHolder(json));
        var stj = Assert.ThrowsAny<Exception>(() => Corpus.StjRead(Corpus.Type("GuardedHolder"), json));

        Assert.IsType(expected, ours);
        Assert.StartsWith(message, ours.Message, StringComparison.Ordinal);
        Assert.Equal(stj.GetType(), ours.GetType());
        Assert.Equal(stj.Message, ours.Message);
        Assert.IsNotAssignableFrom<LambdaJsonException>(ours);

        // Thrown where the user threw it: the first frame is the user's, not a rethrow in a generated reader.
        Assert.Contains("Corpus.Guarded", new System.Diagnostics.StackTrace(ours).GetFrame(0)!.GetMethod()!.DeclaringType!.FullName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Names":[{"Name":"a"},{"Name":5}]}""", "$.Names[1].Name")]
    [InlineData("""{"Counter":{"Count":"many"}}""", "$.Counter.Count")]
    [InlineData("""{"Code":{"Code":["abc"]}}""", "$.Code.Code")]
    [InlineData("""{"Counter":{"Count":99999999999}}""", "$.Counter.Count")]
    public void A_JSON_error_in_the_same_types_still_names_its_path(string json, string path)
    {
        var ours = Assert.Throws<LambdaJsonException>(() => ReadHolder(json));
        var stj = Assert.ThrowsAny<System.Text.Json.JsonException>(() => Corpus.StjRead(Corpus.Type("GuardedHolder"), json));

        Assert.Equal(path, ours.JsonPath);
        Assert.Equal(stj.Path, ours.JsonPath);
    }

    [Fact]
    public void A_JsonException_from_user_code_stays_a_JSON_error_with_its_path()
    {
        var ours = Assert.Throws<LambdaJsonException>(() => ReadHolder("""{"Item":{"Sku":"ABC-1"}}"""));

        Assert.Equal("$.Item", ours.JsonPath);
        Assert.Contains("A SKU starts with SKU-.", ours.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_the_user_code_accepts_read_as_usual()
    {
        dynamic holder = ReadHolder("""{"Names":[{"Name":"a"}],"Counter":{"Count":3},"Code":{"Code":"abc"},"Item":{"Sku":"SKU-1"}}""")!;

        Assert.Equal("a", (string)holder.Names[0].Name);
        Assert.Equal(3, (int)holder.Counter.Count);
        Assert.Equal("abc", (string)holder.Code.Code);
        Assert.Equal("SKU-1", (string)holder.Item.Sku);
    }

    private static object? ReadHolder(string json)
    {
        var read = Corpus.Assembly.GetType("Corpus.UserCodeBridge", throwOnError: true)!.GetMethod("ReadHolder")!;
        try
        {
            return read.Invoke(null, [Encoding.UTF8.GetBytes(json)]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
