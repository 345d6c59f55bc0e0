using CptRules.Claims;
using CptRules.ReferenceData;

namespace CptRules.Rules;

/// <summary>The lines of a claim that share one date of service: every pairing, PTP, MUE and limb rule works within one.</summary>
public sealed class ServiceDate
{
    private readonly Dictionary<string, List<ClaimLine>> _linesByCode = new(StringComparer.Ordinal);

    internal ServiceDate(DateOnly date) => Date = date;

    public DateOnly Date { get; }

    public List<ClaimLine> Lines { get; } = [];

    /// <summary>The distinct codes billed on this date, in order of first appearance.</summary>
    public IEnumerable<string> Codes => _linesByCode.Keys;

    public bool Has(string code) => _linesByCode.ContainsKey(code);

    public IReadOnlyList<ClaimLine> LinesWith(string code) =>
        _linesByCode.TryGetValue(code, out var lines) ? lines : [];

    internal void Add(ClaimLine line)
    {
        Lines.Add(line);
        if (!_linesByCode.TryGetValue(line.Code, out var withCode))
        {
            _linesByCode[line.Code] = withCode = [];
        }

        withCode.Add(line);
    }
}

/// <summary>A claim prepared once for all rules: its lines grouped by their own date of service, and the data to judge them by.</summary>
public sealed class ClaimContext
{
    public ClaimContext(Claim claim, ReferenceDataSet data)
    {
        Claim = claim;
        Data = data;

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

        Dates = dates;
    }

    public Claim Claim { get; }

    public ReferenceDataSet Data { get; }

    public IReadOnlyList<ClaimLine> Lines => Claim.Lines;

    /// <summary>The claim's lines grouped by their own date of service, in order of first appearance.</summary>
    public IReadOnlyList<ServiceDate> Dates { get; }

    public CodeInfo? CodeInfo(ClaimLine line) => Data.Codes.For(line.Code);
}
