using System.Collections.Frozen;

namespace CptRules.ReferenceData;

/// <summary>What a code is for the rules: which family it belongs to decides which rules look at it.</summary>
public enum CodeKind
{
    Other,
    Chemodenervation,
    ExtremityPrimary,
    ExtremityAddOn,

    /// <summary>64646/64647: trunk muscles, which share the limb codes' treatment interval.</summary>
    Trunk,
    Guidance,
    Toxin,
}

/// <summary>An inclusive range of distinct muscles a code reports; <c>Maximum</c> is null for "or more".</summary>
public readonly record struct MuscleRange(int Minimum, int? Maximum)
{
    public bool Contains(int muscles) => muscles >= Minimum && (Maximum is null || muscles <= Maximum);

    public override string ToString() => Maximum is { } max ? $"{Minimum}–{max} muscles" : $"{Minimum} or more muscles";
}

public sealed record CodeInfo(string Code, CodeKind Kind, string Descriptor, MuscleRange? Muscles, DateOnly? EffectiveFrom, DateOnly? EffectiveTo)
{
    public bool IsExtremityCode => Kind is CodeKind.ExtremityPrimary or CodeKind.ExtremityAddOn;

    /// <summary>The limb and trunk family 64642–64647 and the other chemodenervation procedures.</summary>
    public bool IsChemodenervation => Kind is CodeKind.Chemodenervation or CodeKind.Trunk or CodeKind.ExtremityPrimary or CodeKind.ExtremityAddOn;

    /// <summary>64642–64647: the limb and trunk procedures whose repeat the policy's minimum treatment interval governs.</summary>
    public bool IsLimbOrTrunk => Kind is CodeKind.Trunk || IsExtremityCode;

    /// <summary>The codes CMS created in place of this one when it deleted it (64613 → 64616).</summary>
    public IReadOnlyList<string> ReplacedBy { get; init; } = [];

    /// <summary>The deleted codes whose services this one took over (64616 → 64613).</summary>
    public IReadOnlyList<string> Replaces { get; init; } = [];

    public bool IsEffectiveOn(DateOnly date) =>
        (EffectiveFrom is null || date >= EffectiveFrom) && (EffectiveTo is null || date <= EffectiveTo);
}

/// <summary>
/// The project's own catalog of the codes it knows by name (code_catalog.csv), with start and end dates
/// completed from the HCPCS file for the J-codes.
/// </summary>
public sealed class CodeCatalog
{
    private readonly FrozenDictionary<string, CodeInfo> _byCode;

    private CodeCatalog(FrozenDictionary<string, CodeInfo> byCode)
    {
        _byCode = byCode;
        ExtremityCodes = [.. byCode.Values.Where(c => c.IsExtremityCode).OrderBy(c => c.Code, StringComparer.Ordinal)];
    }

    public IEnumerable<string> Codes => _byCode.Keys;

    /// <summary>64642–64645, the codes that report limbs and muscle counts.</summary>
    public IReadOnlyList<CodeInfo> ExtremityCodes { get; }

    public CodeInfo? For(string code) => _byCode.GetValueOrDefault(code);

    internal static CodeCatalog Load(string catalogPath, string hcpcsPath)
    {
        var hcpcs = CsvTable.Read(hcpcsPath, "hcpcs_code", "date_added", "date_term");
        var hcpcsDates = hcpcs.Rows.ToDictionary(r => r.Code("hcpcs_code"), r => (From: r.OptionalDate("date_added"), To: r.OptionalDate("date_term")));

        var table = CsvTable.Read(catalogPath, "code", "kind", "descriptor", "muscles_min", "muscles_max", "start_date", "end_date", "replaced_by");
        var byCode = new Dictionary<string, CodeInfo>();
        var replacements = new List<(CsvRow Row, string Code, string[] ReplacedBy)>();
        foreach (var row in table.Rows)
        {
            var code = row.Code("code");
            var kind = row.Text("kind") switch
            {
                "chemodenervation" => CodeKind.Chemodenervation,
                "extremity-primary" => CodeKind.ExtremityPrimary,
                "extremity-add-on" => CodeKind.ExtremityAddOn,
                "trunk" => CodeKind.Trunk,
                "guidance" => CodeKind.Guidance,
                "toxin" => CodeKind.Toxin,
                "other" => CodeKind.Other,
                var other => throw row.Error("kind", $"has an unknown kind '{other}'"),
            };
            MuscleRange? muscles = row.OptionalInteger("muscles_min") is { } min ? new MuscleRange(min, row.OptionalInteger("muscles_max")) : null;
            if (kind is CodeKind.ExtremityPrimary or CodeKind.ExtremityAddOn && muscles is null)
            {
                throw row.Error("muscles_min", "is required for an extremity code");
            }

            var from = row.OptionalDate("start_date");
            var to = row.OptionalDate("end_date");
            if (hcpcsDates.TryGetValue(code, out var dates))
            {
                from ??= dates.From;
                to ??= dates.To;
            }

            byCode[code] = new CodeInfo(code, kind, row.Text("descriptor"), muscles, from, to);
            if (row.Text("replaced_by").Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } replacedBy)
            {
                replacements.Add((row, code, [.. replacedBy.Select(c => c.ToUpperInvariant())]));
            }
        }

        foreach (var (row, code, replacedBy) in replacements)
        {
            if (replacedBy.FirstOrDefault(c => !byCode.ContainsKey(c)) is { } unknown)
            {
                throw row.Error("replaced_by", $"names '{unknown}', which the catalog does not list");
            }

            byCode[code] = byCode[code] with { ReplacedBy = replacedBy };
            foreach (var successor in replacedBy)
            {
                byCode[successor] = byCode[successor] with { Replaces = [.. byCode[successor].Replaces, code] };
            }
        }

        foreach (var (code, dates) in hcpcsDates.Where(h => !byCode.ContainsKey(h.Key)))
        {
            byCode[code] = new CodeInfo(code, CodeKind.Other, string.Empty, null, dates.From, dates.To);
        }

        return new CodeCatalog(byCode.ToFrozenDictionary());
    }
}
