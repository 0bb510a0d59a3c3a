namespace HandlerSdk.Tests.Logging;

/// <summary>Message templates, as Microsoft.Extensions.Logging and Amazon.Lambda.Core write them.</summary>
public sealed class MessageTemplateTests
{
    [Fact]
    public void Placeholders_are_filled_by_position_not_by_name()
    {
        Assert.Equal("b then a", MessageTemplate.Render("{Second} then {First}", ["b", "a"]));
    }

    [Fact]
    public void Double_braces_are_literal_braces()
    {
        Assert.Equal("{literal} 1 }", MessageTemplate.Render("{{literal}} {A} }}", [1]));
    }

    [Fact]
    public void Without_arguments_the_template_is_returned_as_written()
    {
        Assert.Equal("{{kept}} {Also}", MessageTemplate.Render("{{kept}} {Also}", []));
        Assert.Equal("{{kept}}", MessageTemplate.Render("{{kept}}", null));
    }

    [Theory]
    [InlineData("{N:D3}", 7, "007")]
    [InlineData("{N:0.00}", 1.5, "1.50")]
    [InlineData("{N:x}", 255, "ff")]
    [InlineData("{N}", 1234.5, "1234.5")]
    [InlineData("{N:N0}", 1234567, "1,234,567")]
    public void A_format_after_a_colon_is_applied_with_the_invariant_culture(string template, object value, string rendered)
    {
        Assert.Equal(rendered, MessageTemplate.Render(template, [value]));
    }

    [Fact]
    public void A_date_format_may_contain_colons()
    {
        var when = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);

        Assert.Equal("at 07:08:09", MessageTemplate.Render("at {When:HH:mm:ss}", [when]));
    }

    [Theory]
    [InlineData("[{N,5}]", "[   42]")]
    [InlineData("[{N,-5}]", "[42   ]")]
    [InlineData("[{N,5:D3}]", "[  042]")]
    public void An_alignment_after_a_comma_pads_the_value(string template, string rendered)
    {
        Assert.Equal(rendered, MessageTemplate.Render(template, [42]));
    }

    [Fact]
    public void Too_few_arguments_leave_the_remaining_placeholders_as_written()
    {
        Assert.Equal("1 and {B}", MessageTemplate.Render("{A} and {B}", [1]));
    }

    [Fact]
    public void Extra_arguments_are_ignored()
    {
        Assert.Equal("1", MessageTemplate.Render("{A}", [1, 2, 3]));
    }

    [Fact]
    public void A_null_argument_renders_as_null()
    {
        Assert.Equal("value: null", MessageTemplate.Render("value: {V}", [null]));
    }

    [Fact]
    public void An_unclosed_brace_is_literal()
    {
        Assert.Equal("a { b", MessageTemplate.Render("a { b", [1]));
    }

    [Fact]
    public void Properties_name_each_placeholder_without_its_prefix_or_format()
    {
        var properties = MessageTemplate.Properties("{@Order} {$Raw} {Total:0.00} {Padded,5}", ["o", "r", 1.5, 2]);

        Assert.Equal(
            [new("Order", "o"), new("Raw", "r"), new("Total", 1.5), new KeyValuePair<string, object?>("Padded", 2)],
            properties);
    }

    [Fact]
    public void Properties_stop_where_the_arguments_do()
    {
        var properties = MessageTemplate.Properties("{A} {B}", [1]);

        Assert.Equal([new KeyValuePair<string, object?>("A", 1)], properties);
    }
}
