using HandlerSdk.Generators.Model.Http;
using HandlerSdk.Generators.Parsing.Http;

namespace HandlerSdk.Generators.Tests.Http;

/// <summary>Route templates: what each valid form parses into, and the error each invalid one gets.</summary>
public sealed class RouteTemplateParserTests
{
    [Theory]
    [InlineData("/", "")]
    [InlineData("", "")]
    [InlineData("/orders", "'orders'")]
    [InlineData("orders", "'orders'")]
    [InlineData("/orders/", "'orders'")]
    [InlineData("/Orders/v1.json", "'Orders' 'v1.json'")]
    [InlineData("/orders/{id}", "'orders' {id}")]
    [InlineData("/orders/{id:guid}", "'orders' {id:guid}")]
    [InlineData("/orders/{page:int:min(1)}", "'orders' {page:int:min(1)}")]
    [InlineData("/orders/{n:range(-5, 10)}", "'orders' {n:range(-5,10)}")]
    [InlineData("/orders/{code:length(3)}/{x:length(2,4)}", "'orders' {code:length(3)} {x:length(2,4)}")]
    [InlineData("/a/{b:LONG}/{c:Bool}/{d:decimal}/{e:double}/{f:datetime}/{g:alpha}/{h:max(9)}/{i:minlength(1)}/{j:maxlength(8)}",
        "'a' {b:long} {c:bool} {d:decimal} {e:double} {f:datetime} {g:alpha} {h:max(9)} {i:minlength(1)} {j:maxlength(8)}")]
    [InlineData("/orders/{id?}", "'orders' {id?}")]
    [InlineData("/orders/{id:int?}", "'orders' {id:int?}")]
    [InlineData("/orders/{year?}/{month?}", "'orders' {year?} {month?}")]
    [InlineData("/files/{*path}", "'files' {*path}")]
    [InlineData("/{*path}", "{*path}")]
    [InlineData("/_x/{_id2}", "'_x' {_id2}")]
    public void Valid_templates_parse_into_their_segments(string template, string expected)
    {
        var parsed = RouteTemplateParser.TryParse(template, out var error);

        Assert.Null(error);
        Assert.NotNull(parsed);
        Assert.Equal(template, parsed.Text);
        Assert.Equal(expected, string.Join(" ", parsed.Segments.Select(Describe)));
    }

    [Fact]
    public void Optional_and_catch_all_segments_set_the_fewest_segments_matched()
    {
        Assert.Equal(1, RouteTemplateParser.TryParse("/orders/{year?}/{month?}", out _)!.MinSegments);
        Assert.Equal(1, RouteTemplateParser.TryParse("/files/{*path}", out _)!.MinSegments);
        Assert.Equal(2, RouteTemplateParser.TryParse("/orders/{id}", out _)!.MinSegments);
        Assert.True(RouteTemplateParser.TryParse("/files/{*path}", out _)!.HasCatchAll);
        Assert.False(RouteTemplateParser.TryParse("/files/{path}", out _)!.HasCatchAll);
    }

    [Fact]
    public void Templates_parsed_twice_are_equal_so_the_pipeline_can_cache_them()
    {
        Assert.Equal(RouteTemplateParser.TryParse("/orders/{id:int:range(1,5)}/{*rest}", out _), RouteTemplateParser.TryParse("/orders/{id:int:range(1,5)}/{*rest}", out _));
        Assert.NotEqual(RouteTemplateParser.TryParse("/orders/{id:int}", out _), RouteTemplateParser.TryParse("/orders/{id:long}", out _));
    }

    [Theory]
    [InlineData("/orders//lines", "it has an empty segment ('//')")]
    [InlineData("/orders?page=1", "'?' cannot appear in a path; bind query values with [FromQuery] instead")]
    [InlineData("/orders#top", "'#' cannot appear in a path; bind query values with [FromQuery] instead")]
    [InlineData("~/orders", "'~/' has no meaning here; start the template with '/'")]
    [InlineData("/orders/{id", "the segment '{id' mixes text and parameters or has unbalanced braces; a segment is either literal text or one parameter such as '{id}'")]
    [InlineData("/orders/id}", "the segment 'id}' mixes text and parameters or has unbalanced braces; a segment is either literal text or one parameter such as '{id}'")]
    [InlineData("/orders/v{id}", "the segment 'v{id}' mixes text and parameters or has unbalanced braces; a segment is either literal text or one parameter such as '{id}'")]
    [InlineData("/orders/{a}.{b}", "the segment '{a}.{b}' mixes text and parameters or has unbalanced braces; a segment is either literal text or one parameter such as '{id}'")]
    [InlineData("/orders/{}", "in '{}': the parameter has no name")]
    [InlineData("/orders/{:int}", "in '{:int}': the parameter has no name")]
    [InlineData("/orders/{1d}", "in '{1d}': '1d' is not a valid parameter name (letters, digits and '_', not starting with a digit)")]
    [InlineData("/orders/{id/x}", "in '{id/x}': 'id/x' is not a valid parameter name (letters, digits and '_', not starting with a digit)")]
    [InlineData("/orders/{id}/{ID}", "the parameter 'ID' appears twice (names are compared ignoring case)")]
    [InlineData("/orders/{id:integer}", "in '{id:integer}': 'integer' is not a known constraint (known: int, long, bool, guid, decimal, double, datetime, alpha, min(n), max(n), range(a,b), minlength(n), maxlength(n), length(n), length(a,b))")]
    [InlineData("/orders/{id:}", "in '{id:}': a ':' is followed by no constraint")]
    [InlineData("/orders/{id:regex(^\\d+$)}", "in '{id:regex(^\\d+$)}': regex constraints are not supported (routes are matched without regular expressions); use a typed constraint such as 'int' or 'alpha'")]
    [InlineData("/orders/{id:min}", "in '{id:min}': the constraint 'min' takes one integer argument, not 'min'")]
    [InlineData("/orders/{id:int(3)}", "in '{id:int(3)}': the constraint 'int' takes no arguments, not 'int(3)'")]
    [InlineData("/orders/{id:range(1)}", "in '{id:range(1)}': the constraint 'range' takes two integer arguments, not 'range(1)'")]
    [InlineData("/orders/{id:length(1,2,3)}", "in '{id:length(1,2,3)}': the constraint 'length' takes one integer argument or two integer arguments, not 'length(1,2,3)'")]
    [InlineData("/orders/{id:min(x)}", "in '{id:min(x)}': 'x' in 'min(x)' is not an integer")]
    [InlineData("/orders/{id:min(1}", "in '{id:min(1}': the constraint 'min(1' has no closing ')'")]
    [InlineData("/orders/{id:range(9,1)}", "in '{id:range(9,1)}': 'range(9,1)' has its lower bound above its upper bound, so nothing matches")]
    [InlineData("/orders/{id:minlength(-1)}", "in '{id:minlength(-1)}': 'minlength(-1)' has a negative length")]
    [InlineData("/orders/{id=5}", "in '{id=5}': default values in templates are not supported; give the method parameter a default value instead")]
    [InlineData("/orders/{id?}/lines", "the literal 'lines' follows the optional parameter 'id'; only the last segments can be optional")]
    [InlineData("/orders/{id?}/{line}", "the required parameter 'line' follows the optional parameter 'id'; only the last segments can be optional")]
    [InlineData("/files/{*path}/x", "the catch-all '{*path}' must be the last segment")]
    [InlineData("/files/{*path}/{x}", "the catch-all '{*path}' must be the last segment")]
    [InlineData("/files/{x?}/{*path}", "the catch-all '{*path}' follows the optional parameter 'x'; make that one required")]
    [InlineData("/files/{*path?}", "in '{*path?}': a catch-all already matches an empty rest of the path; remove the '?'")]
    [InlineData("/files/{**path}", "in '{**path}': '**' is not supported; use '{*name}' for the rest of the path (slashes kept as they came)")]
    public void Invalid_templates_say_what_is_wrong(string template, string expected)
    {
        var parsed = RouteTemplateParser.TryParse(template, out var error);

        Assert.Null(parsed);
        Assert.Equal(expected, error);
    }

    private static string Describe(RouteSegment segment) => segment.Kind switch
    {
        RouteSegmentKind.Literal => "'" + segment.Text + "'",
        RouteSegmentKind.CatchAll => "{*" + segment.Text + "}",
        _ => "{" + segment.Text + string.Concat(segment.Constraints.Select(c => ":" + c)) + (segment.Optional ? "?" : "") + "}",
    };
}
