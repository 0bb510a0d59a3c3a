using HandlerSdk.Http;

namespace HandlerSdk.Tests.Http;

/// <summary>The binding helpers generated dispatch calls: parsing with the invariant culture, and clear 400s.</summary>
public sealed class HttpBindingTests
{
    [Fact]
    public void Values_parse_with_the_invariant_culture()
    {
        Assert.Equal(1.5m, HttpBinding.Parse<decimal>("1.5", HttpBindingSource.Query, "price"));
        Assert.Equal(new Guid("6d0ecf83-1eec-9f09-0000-000000000001"), HttpBinding.Parse<Guid>("6d0ecf83-1eec-9f09-0000-000000000001", HttpBindingSource.Route, "id"));
        Assert.Equal(new DateTime(2026, 12, 5, 12, 0, 0, DateTimeKind.Unspecified), HttpBinding.Parse<DateTime>("2026-12-05T12:00:00", HttpBindingSource.Query, "at"));
        Assert.Equal(42L, HttpBinding.ParseSpan<long>("/orders/42".AsSpan(8), HttpBindingSource.Route, "id"));
    }

    [Fact]
    public void A_missing_value_names_its_source_and_name()
    {
        var error = Assert.Throws<HttpBindingException>(() => HttpBinding.Parse<int>(null, HttpBindingSource.Query, "page"));

        Assert.Equal(HttpBindingSource.Query, error.BindingSource);
        Assert.Equal("page", error.Name);
        Assert.Equal("The query parameter 'page' is invalid: The query parameter is required.", error.Message);
        Assert.Null(error.JsonPath);
    }

    [Fact]
    public void An_unparsable_value_says_what_it_is_and_what_was_expected()
    {
        var error = Assert.Throws<HttpBindingException>(() => HttpBinding.ParseSpan<Guid>("nope", HttpBindingSource.Route, "id"));

        Assert.Equal("'nope' is not a valid Guid.", error.Reason);
        Assert.Equal("The route value 'id' is invalid: 'nope' is not a valid Guid.", error.Message);
    }

    [Fact]
    public void Every_value_of_a_multi_value_source_is_parsed()
    {
        Assert.Equal([1, 2, 3], HttpBinding.ParseAll<int>(["1", "2", "3"], HttpBindingSource.Query, "id"));
        Assert.Empty(HttpBinding.ParseAll<int>([], HttpBindingSource.Query, "id"));

        var error = Assert.Throws<HttpBindingException>(() => HttpBinding.ParseAll<int>(["1", "x"], HttpBindingSource.Query, "id"));
        Assert.Equal("'x' is not a valid Int32.", error.Reason);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a%20b", "a b")]
    [InlineData("a+b", "a+b")]
    [InlineData("caf%C3%A9", "café")]
    [InlineData("100%", "100%")]
    public void Route_values_are_percent_decoded_as_paths_are(string segment, string expected)
    {
        Assert.Equal(expected, HttpBinding.DecodeRouteValue(segment));
    }

    [Fact]
    public void Raw_bodies_are_read_as_text_or_copied_bytes()
    {
        var request = HttpSamples.Read("""
            {"version":"2.0","rawPath":"/","body":"h\u00e9llo","requestContext":{"http":{"method":"POST","path":"/"}}}
            """);

        Assert.Equal("héllo", HttpBinding.ReadBodyText(request));
        Assert.Equal("héllo"u8.ToArray(), HttpBinding.ReadBodyBytes(request));
    }
}
