using HandlerSdk.Http;

namespace HandlerSdk.Tests.Http;

/// <summary>Events that are not HTTP requests fail with a message saying what was expected.</summary>
public sealed class HttpRequestPayloadErrorTests
{
    [Theory]
    [InlineData("""{"Records":[]}""", "not an HTTP request")]
    [InlineData("""{}""", "not an HTTP request")]
    [InlineData("""[1,2]""", "not a JSON object")]
    [InlineData("""42""", "not a JSON object")]
    [InlineData("""{"version":"2.0","rawPath":"/"}""", "no requestContext.http.method")]
    [InlineData("""{"httpMethod":"GET"}""", "no \"path\"")]
    [InlineData("""{"requestContext":{"elb":{}},"path":"/"}""", "no \"httpMethod\"")]
    [InlineData("""{"httpMethod":"GET","path":"/","headers":"x"}""", "\"headers\" is not an object")]
    [InlineData("""{"httpMethod":"GET","path":"/","cookies":{}}""", "\"cookies\" is not an array")]
    [InlineData("""{"httpMethod":"GET","path":"/","body":5}""", "\"body\" is not a string")]
    [InlineData("""{"httpMethod":"GET","path":"/","isBase64Encoded":"yes"}""", "\"isBase64Encoded\" is not true or false")]
    [InlineData("""{"httpMethod":"GET","path":"/",""", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    public void A_bad_event_fails_saying_what_is_wrong(string json, string expected)
    {
        var error = Assert.Throws<HttpPayloadException>(() => HttpSamples.Read(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_for_an_unknown_event_names_the_three_formats()
    {
        var error = Assert.Throws<HttpPayloadException>(() => HttpSamples.Read("""{"detail-type":"Scheduled Event"}"""));

        Assert.Contains("\"version\": \"2.0\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("httpMethod", error.Message, StringComparison.Ordinal);
        Assert.Contains("requestContext.elb", error.Message, StringComparison.Ordinal);
    }
}
