using HandlerSdk.Generators.Tests.Infrastructure;

namespace HandlerSdk.Generators.Tests;

/// <summary>
/// Issue 13, item 3: generated members are named after the C# type, unique by a number suffix only where two types
/// read alike, deterministically (the first by id keeps the name, whatever order the handlers come in).
/// </summary>
public sealed class ReadableNameTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using HandlerSdk;

        namespace Billing { public sealed record Order(int Count, Guid? Reference); }
        namespace Shop { public sealed record Order(string Sku, Dictionary<string, List<int>> Buckets); }
        namespace Other { public sealed record Order2(int X); }

        """;

    private const string HandlersShopFirst = """
        namespace Edge
        {
            public static class H
            {
                [HandlerSdk.LambdaHandler] public static List<Shop.Order> First(List<Shop.Order> input) => input;
                [HandlerSdk.LambdaHandler] public static List<Billing.Order> Second(List<Billing.Order> input) => input;
                [HandlerSdk.LambdaHandler] public static Other.Order2 Third(Other.Order2 input) => input;
            }
        }
        """;

    private const string HandlersBillingFirst = """
        namespace Edge
        {
            public static class H
            {
                [HandlerSdk.LambdaHandler] public static Other.Order2 Third(Other.Order2 input) => input;
                [HandlerSdk.LambdaHandler] public static List<Billing.Order> Second(List<Billing.Order> input) => input;
                [HandlerSdk.LambdaHandler] public static List<Shop.Order> First(List<Shop.Order> input) => input;
            }
        }
        """;

    [Fact]
    public void Two_types_of_one_name_get_a_suffix_only_the_later_one_and_skip_names_taken()
    {
        var run = GeneratorRun.Run(Types + HandlersShopFirst).AssertCompilesCleanly();

        // Billing.Order comes first by id, so it keeps the name; Order2 is a type's own name, so Shop.Order is Order3.
        Assert.Contains("internal static global::Billing.Order ReadOrder(", run.Sources["LambdaJson.Billing_Order.g.cs"], StringComparison.Ordinal);
        Assert.Contains("internal static global::Shop.Order ReadOrder3(", run.Sources["LambdaJson.Shop_Order.g.cs"], StringComparison.Ordinal);
        Assert.Contains("internal static global::Other.Order2 ReadOrder2(", run.Sources["LambdaJson.Other_Order2.g.cs"], StringComparison.Ordinal);
        Assert.Contains("ReadListOfOrder(", run.Sources["LambdaJson.System_Collections_Generic_List_1OfBilling_Order.g.cs"], StringComparison.Ordinal);
        Assert.Contains("ReadListOfOrder2(", run.Sources["LambdaJson.System_Collections_Generic_List_1OfShop_Order.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Names_do_not_depend_on_the_order_handlers_are_declared_in()
    {
        var shopFirst = GeneratorRun.Run(Types + HandlersShopFirst);
        var billingFirst = GeneratorRun.Run(Types + HandlersBillingFirst);

        foreach (var hint in shopFirst.Sources.Keys.Where(h => h.StartsWith("LambdaJson.", StringComparison.Ordinal)))
        {
            Assert.Equal(shopFirst.Sources[hint], billingFirst.Sources[hint]);
        }
    }

    [Fact]
    public void Members_are_named_after_types_and_properties_with_a_summary_and_no_suppression_on_value_types()
    {
        var run = GeneratorRun.Run(Types + HandlersShopFirst).AssertCompilesCleanly();
        var billing = run.Sources["LambdaJson.Billing_Order.g.cs"];
        var shop = run.Sources["LambdaJson.Shop_Order.g.cs"];

        Assert.Contains("/// <summary>Reads <c>Billing.Order</c> from JSON.</summary>", billing, StringComparison.Ordinal);
        Assert.Contains("/// <summary>Writes <c>Billing.Order</c> as JSON.</summary>", billing, StringComparison.Ordinal);
        Assert.Contains("s_Order_Reference = global::System.Text.Json.JsonEncodedText.Encode(\"Reference\")", billing, StringComparison.Ordinal);
        Assert.Contains("__v_Reference = ReadNullableOfGuid(ref reader)", billing, StringComparison.Ordinal);
        Assert.Contains("WriteNullableOfGuid(writer, __p_Reference)", billing, StringComparison.Ordinal);
        Assert.Contains("int __v_Count = default;", billing, StringComparison.Ordinal);
        Assert.Contains("global::System.Guid? __v_Reference = default;", billing, StringComparison.Ordinal);
        Assert.Contains("(__has_Count ? __v_Count : default)", billing, StringComparison.Ordinal);
        Assert.Contains("int __p_Count = value.Count;", billing, StringComparison.Ordinal);
        Assert.DoesNotContain("__v_Count!", billing, StringComparison.Ordinal);
        Assert.Contains("__v_Buckets = ReadDictionaryOfStringAndListOfInt32(ref reader)", shop, StringComparison.Ordinal);
        Assert.Contains("string __v_Sku = default!;", shop, StringComparison.Ordinal);
    }
}
