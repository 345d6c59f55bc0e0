using System.Collections.Frozen;

namespace CptRules.ReferenceData;

/// <summary>NCCI add-on code edits: each add-on code and the primary codes CMS accepts for it.</summary>
public sealed class AddOnCodeTable
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _primariesByAddOn;
    private readonly FrozenSet<string> _onlyListedPrimaries;

    private AddOnCodeTable(FrozenDictionary<string, FrozenSet<string>> primariesByAddOn, FrozenSet<string> onlyListedPrimaries)
    {
        _primariesByAddOn = primariesByAddOn;
        _onlyListedPrimaries = onlyListedPrimaries;
    }

    public IEnumerable<string> Codes => _primariesByAddOn.Keys.Concat(_primariesByAddOn.Values.SelectMany(p => p));

    public bool IsAddOn(string code) => _primariesByAddOn.ContainsKey(code);

    /// <summary>The primaries CMS lists for an add-on code, or an empty set when the code is not an add-on.</summary>
    public FrozenSet<string> PrimariesOf(string code) =>
        _primariesByAddOn.TryGetValue(code, out var primaries) ? primaries : FrozenSet<string>.Empty;

    /// <summary>
    /// Whether the add-on is paid only with a listed primary (edit type 1). Types 2 and 3 leave other primaries to
    /// the MAC, so a claim without a listed one is not wrong by the table.
    /// </summary>
    public bool OnlyListedPrimaries(string code) => _onlyListedPrimaries.Contains(code);

    /// <summary>The add-on codes that accept a code as their primary, in code order.</summary>
    public IEnumerable<string> AddOnsOf(string primary) =>
        _primariesByAddOn.Where(a => a.Value.Contains(primary)).Select(a => a.Key).Order(StringComparer.Ordinal);

    internal static AddOnCodeTable Load(string path)
    {
        var table = CsvTable.Read(path, "primary_code", "add_on_code", "aoc_edit_type");
        var primaries = new Dictionary<string, HashSet<string>>();
        var onlyListed = new HashSet<string>();
        foreach (var row in table.Rows)
        {
            var editType = row.Integer("aoc_edit_type");
            if (editType is < 1 or > 3)
            {
                throw row.Error("aoc_edit_type", $"must be 1, 2 or 3, not {editType}");
            }

            var addOn = row.Code("add_on_code");
            if (!primaries.TryGetValue(addOn, out var set))
            {
                primaries[addOn] = set = [];
            }

            set.Add(row.Code("primary_code"));
            if (editType == 1)
            {
                onlyListed.Add(addOn);
            }
        }

        return new AddOnCodeTable(primaries.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet()), onlyListed.ToFrozenSet());
    }
}
