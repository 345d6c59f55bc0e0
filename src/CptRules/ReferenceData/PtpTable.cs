using System.Collections.Frozen;

namespace CptRules.ReferenceData;

/// <summary>PTP modifier indicator: 0 never bypassed, 1 bypassed by an appropriate modifier, 9 not an edit.</summary>
public enum PtpModifierIndicator
{
    NotAllowed = 0,
    Allowed = 1,
    NotApplicable = 9,
}

public sealed record PtpEdit(string Column1, string Column2, DateOnly DeletionDate, PtpModifierIndicator ModifierIndicator, string Rationale)
{
    /// <summary>The extracts carry no start dates; a row applies up to and including its deletion date.</summary>
    public bool AppliesOn(DateOnly dateOfService) => dateOfService <= DeletionDate;
}

/// <summary>NCCI procedure-to-procedure edits of one setting, indexed by the column-one code.</summary>
public sealed class PtpTable
{
    private readonly FrozenDictionary<string, PtpEdit[]> _editsByColumn1;

    private PtpTable(FrozenDictionary<string, PtpEdit[]> editsByColumn1) => _editsByColumn1 = editsByColumn1;

    public IEnumerable<PtpEdit> Edits => _editsByColumn1.Values.SelectMany(e => e);

    public IEnumerable<string> Codes => Edits.SelectMany(e => new[] { e.Column1, e.Column2 });

    public IReadOnlyList<PtpEdit> EditsWithColumn1(string code) =>
        _editsByColumn1.TryGetValue(code, out var edits) ? edits : [];

    internal static PtpTable Load(string path)
    {
        const string deletion = "deletion_date(9999-12-31=active)";
        var table = CsvTable.Read(path, "column1", "column2", deletion, "modifier_indicator", "rationale");
        var edits = new List<PtpEdit>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var indicator = row.Integer("modifier_indicator");
            if (indicator is not (0 or 1 or 9))
            {
                throw row.Error("modifier_indicator", $"must be 0, 1 or 9, not {indicator}");
            }

            edits.Add(new PtpEdit(row.Code("column1"), row.Code("column2"), row.Date(deletion), (PtpModifierIndicator)indicator, row.Text("rationale")));
        }

        return new PtpTable(edits.GroupBy(e => e.Column1).ToFrozenDictionary(g => g.Key, g => g.ToArray()));
    }
}
