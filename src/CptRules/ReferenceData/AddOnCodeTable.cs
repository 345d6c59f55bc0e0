using System.Collections.Frozen;

namespace CptRules.ReferenceData;

/// <summary>NCCI add-on code edits: each add-on code and the primary codes CMS accepts for it.</summary>
public sealed class AddOnCodeTable
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _primariesByAddOn;

    private AddOnCodeTable(FrozenDictionary<string, FrozenSet<string>> primariesByAddOn) => _primariesByAddOn = primariesByAddOn;

    public IEnumerable<string> Codes => _primariesByAddOn.Keys.Concat(_primariesByAddOn.Values.SelectMany(p => p));

    public bool IsAddOn(string code) => _primariesByAddOn.ContainsKey(code);

    /// <summary>The acceptable primaries of an add-on code, or an empty set when the code is not an add-on.</summary>
    public FrozenSet<string> PrimariesOf(string code) =>
        _primariesByAddOn.TryGetValue(code, out var primaries) ? primaries : FrozenSet<string>.Empty;

    /// <summary>The add-on codes that accept a code as their primary, in code order.</summary>
    public IEnumerable<string> AddOnsOf(string primary) =>
        _primariesByAddOn.Where(a => a.Value.Contains(primary)).Select(a => a.Key).Order(StringComparer.Ordinal);

    internal static AddOnCodeTable Load(string path)
    {
        var table = CsvTable.Read(path, "primary_code", "add_on_code", "aoc_edit_type");
        var primaries = new Dictionary<string, HashSet<string>>();
        foreach (var row in table.Rows)
        {
            _ = row.Integer("aoc_edit_type");
            var addOn = row.Code("add_on_code");
            if (!primaries.TryGetValue(addOn, out var set))
            {
                primaries[addOn] = set = [];
            }

            set.Add(row.Code("primary_code"));
        }

        return new AddOnCodeTable(primaries.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet()));
    }
}
