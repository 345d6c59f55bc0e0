using System.Collections.Frozen;

namespace CptRules.ReferenceData;

/// <summary>MUE adjudication indicator: 1 per line, 2 per date of service (policy), 3 per date of service (clinical).</summary>
public enum MueAdjudication
{
    PerLine = 1,
    PerDayPolicy = 2,
    PerDayClinical = 3,
}

public sealed record MueLimit(string Code, int MaximumUnits, MueAdjudication Adjudication, string Rationale);

/// <summary>NCCI medically unlikely edits of one setting (practitioner or outpatient hospital).</summary>
public sealed class MueTable
{
    private readonly FrozenDictionary<string, MueLimit> _limits;

    private MueTable(FrozenDictionary<string, MueLimit> limits) => _limits = limits;

    public IEnumerable<string> Codes => _limits.Keys;

    public MueLimit? LimitFor(string code) => _limits.GetValueOrDefault(code);

    internal static MueTable Load(string path)
    {
        var table = CsvTable.Read(path, "hcpcs", "mue_value", "mai", "rationale");
        var limits = new Dictionary<string, MueLimit>();
        foreach (var row in table.Rows)
        {
            var mai = row.Integer("mai");
            if (mai is < 1 or > 3)
            {
                throw row.Error("mai", $"must be 1, 2 or 3, not {mai}");
            }

            var code = row.Code("hcpcs");
            limits[code] = new MueLimit(code, row.Integer("mue_value"), (MueAdjudication)mai, row.Text("rationale"));
        }

        return new MueTable(limits.ToFrozenDictionary());
    }
}
