using HandlerSdk.Runtime;

namespace HandlerSdk.Tests.Runtime;

/// <summary>Which handler serves the function: the only one, or the one <c>_HANDLER</c> names.</summary>
public sealed class HandlerSelectionTests
{
    private static readonly LambdaInvocationHandler First = (_, _, _, _) => ValueTask.CompletedTask;
    private static readonly LambdaInvocationHandler Second = (_, _, _, _) => ValueTask.CompletedTask;

    private static LambdaHandlerTable Table(params string[] names)
    {
        var table = new LambdaHandlerTable();
        for (var i = 0; i < names.Length; i++)
        {
            table.Add(names[i], i == 0 ? First : Second);
        }

        return table;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bootstrap")]
    [InlineData("SomethingElse")]
    public void With_one_handler_it_is_chosen_whatever_HANDLER_says(string? name)
    {
        var selection = HandlerSelection.Select(Table("PlaceOrder"), name);

        Assert.Same(First, selection.CreateHandler!());
        Assert.Null(selection.Error);
    }

    [Fact]
    public void With_several_handlers_HANDLER_picks_one_by_name()
    {
        var selection = HandlerSelection.Select(Table("PlaceOrder", "CancelOrder"), "CancelOrder");

        Assert.Same(Second, selection.CreateHandler!());
    }

    [Fact]
    public void Names_are_case_sensitive()
    {
        var selection = HandlerSelection.Select(Table("PlaceOrder", "CancelOrder"), "cancelorder");

        Assert.Null(selection.CreateHandler);
    }

    [Theory]
    [InlineData("Orders::Orders.Handlers::CancelOrder")]
    [InlineData("Orders.Handlers::CancelOrder")]
    public void A_managed_runtime_spelling_Assembly_Type_Method_selects_by_method(string name)
    {
        var selection = HandlerSelection.Select(Table("PlaceOrder", "CancelOrder"), name);

        Assert.Same(Second, selection.CreateHandler!());
    }

    [Fact]
    public void An_unknown_name_is_an_error_that_lists_the_names()
    {
        var selection = HandlerSelection.Select(Table("PlaceOrder", "CancelOrder"), "Refund");

        Assert.Null(selection.CreateHandler);
        Assert.Equal("Handler 'Refund' not found; set _HANDLER to one of: PlaceOrder, CancelOrder.", selection.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_name_with_several_handlers_is_an_error_that_lists_the_names(string? name)
    {
        var selection = HandlerSelection.Select(Table("PlaceOrder", "CancelOrder"), name);

        Assert.Null(selection.CreateHandler);
        Assert.Equal("_HANDLER is not set and the function has several handlers; set it to one of: PlaceOrder, CancelOrder.", selection.Error);
    }

    [Fact]
    public void No_handler_at_all_is_an_error()
    {
        var selection = HandlerSelection.Select(new LambdaHandlerTable(), "anything");

        Assert.Null(selection.CreateHandler);
        Assert.StartsWith("No handler is registered", selection.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_a_name_twice_is_refused()
    {
        var table = Table("PlaceOrder");

        var error = Assert.Throws<ArgumentException>(() => table.Add("PlaceOrder", Second));

        Assert.StartsWith("A handler named 'PlaceOrder' is already registered.", error.Message, StringComparison.Ordinal);
    }
}
