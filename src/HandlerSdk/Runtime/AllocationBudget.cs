namespace HandlerSdk.Runtime;

/// <summary>
/// Bounds how much a function allocates between garbage collections. The GC sizes its gen0 budget from the
/// CPU's last-level cache (tens of MB on Lambda hosts), so a small function would otherwise grow its resident
/// memory by that much before the first collection, on a 128 MB function. Checked after each response is sent,
/// so the invocation that triggers it is not delayed; a young generation of a megabyte with few survivors collects
/// in well under a millisecond. Under multi-concurrency the pause does reach other in-flight invocations, as any
/// gen0 collection would.
/// </summary>
internal sealed class AllocationBudget(long bytesBetweenCollections)
{
    public const long DefaultBytes = 1024 * 1024;

    private readonly Lock _gate = new();
    private long _allocatedAtLastCollection = GC.GetTotalAllocatedBytes();
    private int _collections = GC.CollectionCount(0);

    public void AfterInvocation()
    {
        lock (_gate)
        {
            var allocated = GC.GetTotalAllocatedBytes();
            var collections = GC.CollectionCount(0);
            if (collections != _collections)
            {
                // The GC collected by itself: count from there.
                _collections = collections;
                _allocatedAtLastCollection = allocated;
                return;
            }

            if (allocated - _allocatedAtLastCollection >= bytesBetweenCollections)
            {
                GC.Collect(0, GCCollectionMode.Forced, blocking: true, compacting: false);
                _collections = GC.CollectionCount(0);
                _allocatedAtLastCollection = allocated;
            }
        }
    }
}
