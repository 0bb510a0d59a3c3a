using HandlerSdk.Runtime;

namespace HandlerSdk.Tests.Runtime;

public sealed class AllocationBudgetTests
{
    [Fact]
    public void Allocating_past_the_budget_collects_the_young_generation_after_the_invocation()
    {
        var budget = new AllocationBudget(bytesBetweenCollections: 256 * 1024);
        var before = GC.CollectionCount(0);

        // Allocate well past the budget; if the GC happens to collect on its own meanwhile, the budget restarts
        // from there, so allocate past it once more before asking.
        Allocate(512 * 1024);
        budget.AfterInvocation();
        Allocate(512 * 1024);
        budget.AfterInvocation();

        Assert.True(GC.CollectionCount(0) > before);
    }

    private static void Allocate(int bytes)
    {
        for (var i = 0; i < bytes / 1024; i++)
        {
            GC.KeepAlive(new byte[1000]);
        }
    }
}
