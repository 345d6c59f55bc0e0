using System.Collections;
using CptRules.Claims;
using CptRules.ReferenceData;

namespace CptRules.Rules;

/// <summary>
/// A read-only list that a <c>foreach</c> walks with <see cref="List{T}"/>'s struct enumerator: every rule loops over
/// dates and lines on every claim, and a loop over <see cref="IReadOnlyList{T}"/> would allocate an enumerator each time.
/// </summary>
public readonly struct ListView<T>(List<T> items) : IReadOnlyList<T>
{
    public int Count => items.Count;

    public T this[int index] => items[index];

    public List<T>.Enumerator GetEnumerator() => items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>The lines of a claim that share one date of service: every pairing, PTP, MUE and limb rule works within one.</summary>
public sealed class ServiceDate
{
    private static readonly List<ClaimLine> NoLines = [];

    private readonly Dictionary<string, List<ClaimLine>> _linesByCode = new(StringComparer.Ordinal);

    internal ServiceDate(DateOnly date) => Date = date;

    public DateOnly Date { get; }

    public List<ClaimLine> Lines { get; } = [];

    /// <summary>The distinct codes billed on this date, in order of first appearance.</summary>
    public Dictionary<string, List<ClaimLine>>.KeyCollection Codes => _linesByCode.Keys;

    public bool Has(string code) => _linesByCode.ContainsKey(code);

    public ListView<ClaimLine> LinesWith(string code) =>
        new(_linesByCode.TryGetValue(code, out var lines) ? lines : NoLines);

    internal void Add(ClaimLine line)
    {
        Lines.Add(line);
        if (!_linesByCode.TryGetValue(line.Code, out var withCode))
        {
            // Most codes are billed on one line of a date.
            _linesByCode[line.Code] = withCode = new(1);
        }

        withCode.Add(line);
    }
}

/// <summary>A claim prepared once for all rules: its lines grouped by their own date of service, and the data to judge them by.</summary>
public sealed class ClaimContext
{
    private readonly List<ClaimLine> _lines;
    private readonly List<ServiceDate> _dates;

    public ClaimContext(Claim claim, ReferenceDataSet data)
    {
        Claim = claim;
        Data = data;
        _lines = claim.Lines as List<ClaimLine> ?? [.. claim.Lines];

        // Most claims have one date: the index by date is only built when a second date appears.
        var dates = new List<ServiceDate>(1);
        Dictionary<DateOnly, ServiceDate>? byDate = null;
        foreach (var line in claim.Lines)
        {
            var date = dates.Count > 0 && dates[^1].Date == line.DateOfService ? dates[^1] : null;
            if (date is null && dates.Count > 0)
            {
                byDate ??= dates.ToDictionary(d => d.Date);
                date = byDate.GetValueOrDefault(line.DateOfService);
            }

            if (date is null)
            {
                date = new ServiceDate(line.DateOfService);
                dates.Add(date);
                byDate?.Add(date.Date, date);
            }

            date.Add(line);
        }

        _dates = dates;
    }

    public Claim Claim { get; }

    public ReferenceDataSet Data { get; }

    public ListView<ClaimLine> Lines => new(_lines);

    /// <summary>The claim's lines grouped by their own date of service, in order of first appearance.</summary>
    public ListView<ServiceDate> Dates => new(_dates);

    public CodeInfo? CodeInfo(ClaimLine line) => Data.Codes.For(line.Code);
}
