using System.Collections.Frozen;

namespace CptRules.ReferenceData;

/// <summary>The payment-policy indicators of one code in the Medicare physician fee schedule (its row without modifier).</summary>
public sealed record FeeScheduleIndicator(
    string Code,
    string Status,
    int ProfessionalTechnical,
    string GlobalDays,
    int MultipleProcedure,
    int Bilateral)
{
    /// <summary>PC/TC indicators 0 and 9: the professional/technical split does not apply, so 26 and TC are invalid.</summary>
    public bool AcceptsProfessionalTechnicalModifiers => ProfessionalTechnical is not (0 or 9);

    /// <summary>Bilateral indicator 0: no bilateral payment adjustment, one payment whether one or both sides are treated, so 50 is invalid.</summary>
    public bool AcceptsBilateralModifier => Bilateral != 0;

    /// <summary>Bilateral indicator 2: the descriptor is already bilateral and the payment covers both sides.</summary>
    public bool IsBilateralByDefinition => Bilateral == 2;
}

public sealed class FeeScheduleIndicators
{
    private readonly FrozenDictionary<string, FeeScheduleIndicator> _byCode;

    private FeeScheduleIndicators(FrozenDictionary<string, FeeScheduleIndicator> byCode) => _byCode = byCode;

    public IEnumerable<string> Codes => _byCode.Keys;

    public FeeScheduleIndicator? For(string code) => _byCode.GetValueOrDefault(code);

    internal static FeeScheduleIndicators Load(string path)
    {
        var table = CsvTable.Read(path, "hcpcs_code", "mod", "status", "pctc", "glob", "mult_proc", "bilat_surg");
        var byCode = new Dictionary<string, FeeScheduleIndicator>();
        foreach (var row in table.Rows)
        {
            // Rows with a 26/TC modifier repeat the code's indicators for each component; the base row speaks for the code.
            if (row.OptionalText("mod") is not null)
            {
                continue;
            }

            var code = row.Code("hcpcs_code");
            byCode[code] = new FeeScheduleIndicator(
                code,
                row.Text("status"),
                row.Indicator("pctc"),
                row.Text("glob"),
                row.Indicator("mult_proc"),
                row.Indicator("bilat_surg"));
        }

        return new FeeScheduleIndicators(byCode.ToFrozenDictionary());
    }
}
