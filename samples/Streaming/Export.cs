using System.Runtime.CompilerServices;
using HandlerSdk;

namespace Streaming;

/// <summary>What to export: how many rows, from which table.</summary>
public sealed record ExportRequest(string Table, int Rows);

/// <summary>One exported row.</summary>
public sealed record ExportRow(int Id, string Table, string Customer, decimal Total, DateOnly Day);

/// <summary>
/// A large export, streamed as NDJSON: each row leaves as soon as it is read, so the first rows reach the caller at
/// once and the export may be far larger than the 6 MB a buffered response can carry.
/// </summary>
public static class Export
{
    private static readonly string[] Customers = ["Ada", "Grace", "Linus", "Barbara", "Ken"];

    [LambdaHandler(Name = "Export", TimeoutSeconds = 300, MemorySizeMb = 256)]
    public static async IAsyncEnumerable<ExportRow> Rows(ExportRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(request.Rows);
        var first = new DateOnly(2026, 1, 1);
        for (var i = 0; i < request.Rows; i++)
        {
            // Stands in for a paged database read: a short wait every 1000 rows.
            if (i % 1000 == 0)
            {
                await Task.Delay(1, cancellationToken).ConfigureAwait(false);
            }

            yield return new ExportRow(i, request.Table, Customers[i % Customers.Length], (i % 997) * 1.25m, first.AddDays(i % 365));
        }
    }
}
