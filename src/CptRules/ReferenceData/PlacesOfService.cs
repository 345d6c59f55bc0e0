using System.Collections.Frozen;

namespace CptRules.ReferenceData;

public sealed record PlaceOfService(string Code, string Name, bool IsFacility, bool IsExpectedForChemodenervation);

/// <summary>CMS place-of-service codes the rules reason about; a code not listed is a non-facility place.</summary>
public sealed class PlacesOfService
{
    private readonly FrozenDictionary<string, PlaceOfService> _byCode;

    private PlacesOfService(FrozenDictionary<string, PlaceOfService> byCode)
    {
        _byCode = byCode;
        Expected = [.. byCode.Values.Where(p => p.IsExpectedForChemodenervation).Select(p => p.Code).Order(StringComparer.Ordinal)];
    }

    /// <summary>The places where chemodenervation is expected (office, hospital outpatient, ASC).</summary>
    public IReadOnlyList<string> Expected { get; }

    public PlaceOfService? For(string code) => _byCode.GetValueOrDefault(code);

    public bool IsFacility(string? code) => code is not null && For(code) is { IsFacility: true };

    internal static PlacesOfService Load(string path)
    {
        var table = CsvTable.Read(path, "pos", "name", "facility", "expected_for_chemodenervation");
        var byCode = new Dictionary<string, PlaceOfService>();
        foreach (var row in table.Rows)
        {
            var code = row.Code("pos");
            byCode[code] = new PlaceOfService(code, row.Text("name"), YesNo(row, "facility"), YesNo(row, "expected_for_chemodenervation"));
        }

        return new PlacesOfService(byCode.ToFrozenDictionary());
    }

    private static bool YesNo(CsvRow row, string column) => row.Text(column) switch
    {
        "yes" => true,
        "no" => false,
        var other => throw row.Error(column, $"must be 'yes' or 'no', not '{other}'"),
    };
}
