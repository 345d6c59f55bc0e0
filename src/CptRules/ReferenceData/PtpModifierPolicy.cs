using System.Collections.Frozen;

namespace CptRules.ReferenceData;

/// <summary>What a modifier on a PTP column-two line can do to an indicator-1 edit (NCCI Policy Manual, chapter I).</summary>
public enum PtpModifierRole
{
    /// <summary>Not listed: the modifier says nothing about PTP edits (e.g. JZ, 26).</summary>
    None,

    /// <summary>25: the only modifier that bypasses an edit whose column two is an E/M code.</summary>
    EvaluationAndManagement,

    /// <summary>59 and XE, XP, XS, XU: a distinct procedural service.</summary>
    Distinct,

    /// <summary>58, 78, 79: a procedure in another procedure's postoperative period.</summary>
    GlobalPeriod,

    /// <summary>RT: bypasses only when the column-one service is on the other side.</summary>
    RightSide,

    /// <summary>LT: bypasses only when the column-one service is on the other side.</summary>
    LeftSide,

    /// <summary>Eyelid, digit and coronary artery modifiers: a different anatomic site.</summary>
    Anatomic,

    /// <summary>24, 27, 57, 91: named because billers try them, but they never bypass a PTP edit.</summary>
    NeverBypasses,
}

public sealed record PtpModifier(string Modifier, PtpModifierRole Role, string Meaning);

/// <summary>
/// The modifiers that may bypass an indicator-1 PTP edit and the E/M codes for which only 25 does (ptp_modifiers.csv),
/// kept as data because CMS revises the modifier lists with the edits.
/// </summary>
public sealed class PtpModifierPolicy
{
    private readonly FrozenDictionary<string, PtpModifier> _modifiers;
    private readonly FrozenSet<string> _evaluationAndManagementCodes;
    private readonly FrozenDictionary<PtpModifierRole, string[]> _modifiersByRole;

    private PtpModifierPolicy(List<PtpModifier> modifiers, FrozenSet<string> evaluationAndManagementCodes)
    {
        _modifiers = modifiers.ToFrozenDictionary(m => m.Modifier, StringComparer.Ordinal);
        _modifiersByRole = modifiers.GroupBy(m => m.Role).ToFrozenDictionary(g => g.Key, g => g.Select(m => m.Modifier).ToArray());
        _evaluationAndManagementCodes = evaluationAndManagementCodes;
    }

    public PtpModifierRole RoleOf(string modifier) => _modifiers.TryGetValue(modifier, out var known) ? known.Role : PtpModifierRole.None;

    public string? MeaningOf(string modifier) => _modifiers.GetValueOrDefault(modifier)?.Meaning;

    public bool IsEvaluationAndManagement(string code) => _evaluationAndManagementCodes.Contains(code);

    /// <summary>The modifiers of one role in file order, for suggestions.</summary>
    public IReadOnlyList<string> ModifiersWith(PtpModifierRole role) => _modifiersByRole.GetValueOrDefault(role) ?? [];

    internal static PtpModifierPolicy Load(string path)
    {
        var table = CsvTable.Read(path, "value", "role", "meaning");
        var modifiers = new List<PtpModifier>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var value = row.Code("value");
            if (!seen.Add(value))
            {
                throw row.Error("value", $"lists '{value}' a second time");
            }

            var role = row.Text("role") switch
            {
                "em-code" => (PtpModifierRole?)null,
                "em-modifier" => PtpModifierRole.EvaluationAndManagement,
                "distinct" => PtpModifierRole.Distinct,
                "global-period" => PtpModifierRole.GlobalPeriod,
                "right-side" => PtpModifierRole.RightSide,
                "left-side" => PtpModifierRole.LeftSide,
                "anatomic" => PtpModifierRole.Anatomic,
                "never" => PtpModifierRole.NeverBypasses,
                var other => throw row.Error("role", $"has an unknown role '{other}'"),
            };

            if (role is { } modifierRole)
            {
                if (value.Length != 2)
                {
                    throw row.Error("value", $"is not a two-character modifier: '{value}'");
                }

                modifiers.Add(new PtpModifier(value, modifierRole, row.Text("meaning")));
            }
            else if (value.Length != 5)
            {
                throw row.Error("value", $"is not a five-character E/M code: '{value}'");
            }
            else
            {
                codes.Add(value);
            }
        }

        // The suggestions name these: a file without them cannot explain how an edit is bypassed.
        foreach (var (required, name) in new[] { (PtpModifierRole.EvaluationAndManagement, "em-modifier"), (PtpModifierRole.Distinct, "distinct") })
        {
            if (!modifiers.Exists(m => m.Role == required))
            {
                throw new ReferenceDataException(table.FileName, 0, $"lists no '{name}' modifier");
            }
        }

        if (codes.Count == 0)
        {
            throw new ReferenceDataException(table.FileName, 0, "lists no 'em-code'");
        }

        return new PtpModifierPolicy(modifiers, codes.ToFrozenSet(StringComparer.Ordinal));
    }
}
