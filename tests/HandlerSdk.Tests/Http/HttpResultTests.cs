using HandlerSdk.Http;

namespace HandlerSdk.Tests.Http;

/// <summary>The result factories: statuses, locations, and the mistakes they refuse.</summary>
public sealed class HttpResultTests
{
    [Fact]
    public void Redirects_pick_their_status_from_permanence_and_method()
    {
        Assert.Equal(302, HttpResult.Redirect("/a").StatusCode);
        Assert.Equal(301, HttpResult.Redirect("/a", permanent: true).StatusCode);
        Assert.Equal(307, HttpResult.Redirect("/a", preserveMethod: true).StatusCode);
        Assert.Equal(308, HttpResult.Redirect("/a", permanent: true, preserveMethod: true).StatusCode);
        Assert.Equal([new KeyValuePair<string, string>("Location", "/a")], HttpResult.Redirect("/a").Headers);
    }

    [Fact]
    public void Factories_have_their_statuses()
    {
        Assert.Equal(200, HttpResult.Ok().StatusCode);
        Assert.Equal(204, HttpResult.NoContent().StatusCode);
        Assert.Equal(202, HttpResult.Accepted().StatusCode);
        Assert.Empty(HttpResult.Accepted().Headers);
        Assert.Equal(400, HttpResult.BadRequest().StatusCode);
        Assert.Equal(404, HttpResult.NotFound().StatusCode);
        Assert.Equal(409, HttpResult.Conflict().StatusCode);
        Assert.Equal(418, HttpResult.Status(418).StatusCode);
        Assert.Equal(201, HttpResult.Created("/x", 1).StatusCode);
        Assert.Equal(202, HttpResult.Accepted<int>(null, 1).StatusCode);
        Assert.Equal(206, HttpResult.Json("x", 206).StatusCode);
        Assert.Equal(3, HttpResult.Ok(3).Value);
    }

    [Fact]
    public void A_result_converts_to_a_typed_result_in_a_conditional()
    {
        static HttpResult<string> Find(bool found) => found ? HttpResult.Ok("x") : HttpResult.NotFound();

        Assert.True(Find(true).HasValue);
        Assert.False(Find(false).HasValue);
        Assert.Equal(404, Find(false).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bad Name")]
    [InlineData("X:Y")]
    [InlineData("Set-Cookie")]
    public void Invalid_header_names_are_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => HttpResult.Ok().WithHeader(name, "v"));
    }

    [Fact]
    public void Header_values_with_line_breaks_are_refused()
    {
        Assert.Throws<ArgumentException>(() => HttpResult.Ok().WithHeader("X-A", "a\r\nInjected: 1"));
        Assert.Throws<ArgumentException>(() => HttpResult.Ok().WithCookie("a=1\nb=2"));
    }

    [Fact]
    public void Statuses_outside_100_to_599_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HttpResult.Status(99));
        Assert.Throws<ArgumentOutOfRangeException>(() => HttpResult.Problem(600));
    }
}
