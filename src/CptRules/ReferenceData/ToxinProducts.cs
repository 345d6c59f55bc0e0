using System.Collections.Frozen;

namespace CptRules.ReferenceData;

/// <summary>A botulinum toxin J-code: its product, how many product units one billing unit is, and its label.</summary>
public sealed record ToxinProduct(string Code, string Product, int BillingUnitAmount, int? LabelMaximumPerSession, bool LabelledForUpperLimb, bool LabelledForLowerLimb)
{
    /// <summary>
    /// Billed units for an administered amount: CMS rounds the administered amount up to whole billing units.
    /// Decimal, not int: the request does not bound <c>administeredAmount</c>, and an absurd amount must become a finding, not an overflow.
    /// </summary>
    public decimal BillingUnitsFor(decimal administeredAmount) => Math.Ceiling(administeredAmount / BillingUnitAmount);
}

public sealed class ToxinProducts
{
    private readonly FrozenDictionary<string, ToxinProduct> _byCode;

    private ToxinProducts(FrozenDictionary<string, ToxinProduct> byCode)
    {
        _byCode = byCode;
        CodeRange = $"{byCode.Keys.Min(StringComparer.Ordinal)}–{byCode.Keys.Max(StringComparer.Ordinal)}";
    }

    public IEnumerable<string> Codes => _byCode.Keys;

    public IEnumerable<ToxinProduct> Products => _byCode.Values;

    /// <summary>The J-codes as a range for messages, e.g. "J0585–J0589".</summary>
    public string CodeRange { get; }

    public bool IsToxin(string code) => _byCode.ContainsKey(code);

    public ToxinProduct? For(string code) => _byCode.GetValueOrDefault(code);

    internal static ToxinProducts Load(string path)
    {
        var table = CsvTable.Read(path, "hcpcs", "product", "billing_unit_amount", "label_max_per_session", "labelled_limbs");
        var byCode = new Dictionary<string, ToxinProduct>();
        foreach (var row in table.Rows)
        {
            var limbs = row.Text("labelled_limbs").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (limbs.Except(["upper", "lower"]).FirstOrDefault() is { } unknown)
            {
                throw row.Error("labelled_limbs", $"names '{unknown}', which is neither 'upper' nor 'lower'");
            }

            var billingUnit = row.Integer("billing_unit_amount");
            if (billingUnit < 1)
            {
                throw row.Error("billing_unit_amount", "must be at least 1");
            }

            var code = row.Code("hcpcs");
            byCode[code] = new ToxinProduct(code, row.Text("product"), billingUnit, row.OptionalInteger("label_max_per_session"), limbs.Contains("upper"), limbs.Contains("lower"));
        }

        if (byCode.Count == 0)
        {
            throw new ReferenceDataException(table.FileName, 0, "lists no product");
        }

        return new ToxinProducts(byCode.ToFrozenDictionary());
    }
}
