using HandlerSdk.Testing.Internal;

namespace HandlerSdk.Testing.Tests;

/// <summary>The one reading of an Invoke API function name, shared by the emulator and hsdk serve's proxy.</summary>
public sealed class RequestedFunctionTests
{
    [Theory]
    [InlineData("Hello", null, "Hello", null, null, null)]
    [InlineData("Hello:$LATEST", null, "Hello", "$LATEST", null, null)]
    [InlineData("Hello", "prod", "Hello", "prod", null, null)]
    [InlineData("012345678912:function:Hello", null, "Hello", null, null, "012345678912")]
    [InlineData("arn:aws:lambda:us-east-1:012345678912:function:Hello:prod", null, "Hello", "prod", "us-east-1", "012345678912")]
    [InlineData("arn:aws:lambda:us-east-1:012345678912:function:Hello:prod", "live", "Hello", "live", "us-east-1", "012345678912")]
    public void Function_names_are_read_in_every_form_the_invoke_api_accepts(string requested, string? queryQualifier, string name, string? qualifier, string? region, string? account) =>
        Assert.Equal(new RequestedFunction(name, qualifier, region, account), RequestedFunction.Parse(requested, queryQualifier));
}
