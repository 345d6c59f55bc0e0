using CptRules.ReferenceData;

namespace CptRules.Catalog;

public sealed record MueDescription(int MaximumUnits, int Mai, string Adjudication, string Rationale)
{
    internal static MueDescription? From(MueLimit? limit) => limit is null
        ? null
        : new(limit.MaximumUnits, (int)limit.Adjudication, limit.Adjudication switch
        {
            MueAdjudication.PerLine => "per claim line",
            MueAdjudication.PerDayPolicy => "per date of service, absolute (policy)",
            _ => "per date of service, clinical (appealable)",
        }, limit.Rationale);
}

public sealed record FeeScheduleDescription(string Status, int ProfessionalTechnicalIndicator, string GlobalDays, int BilateralIndicator, int MultipleProcedureIndicator);

public sealed record DrugDescription(string Product, int BillingUnitAmount, int? LabelMaximumPerSession, IReadOnlyList<string> LabelledLimbs);

/// <summary>Everything the service knows of one code, gathered from every table: the answer to GET /codes/{code}.</summary>
public sealed record CodeDescription(
    string Code,
    string Descriptor,
    string Kind,
    bool IsAddOn,
    IReadOnlyList<string> AcceptablePrimaries,
    IReadOnlyList<string> AddOnCodes,
    MueDescription? MuePractitioner,
    MueDescription? MueOutpatientHospital,
    FeeScheduleDescription? FeeSchedule,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    DrugDescription? Drug)
{
    /// <summary>The description of a code in any case, or null when no table knows it.</summary>
    public static CodeDescription? Find(ReferenceDataSet data, string code)
    {
        code = code.ToUpperInvariant();
        if (!data.KnownCodes.Contains(code))
        {
            return null;
        }

        var info = data.Codes.For(code);
        var fees = data.FeeSchedule.For(code);
        var toxin = data.Toxins.For(code);
        return new CodeDescription(
            code,
            info?.Descriptor ?? string.Empty,
            KindName(info?.Kind ?? CodeKind.Other),
            data.AddOnCodes.IsAddOn(code),
            [.. data.AddOnCodes.PrimariesOf(code).Order(StringComparer.Ordinal)],
            [.. data.AddOnCodes.AddOnsOf(code)],
            MueDescription.From(data.MuePractitioner.LimitFor(code)),
            MueDescription.From(data.MueOutpatientHospital.LimitFor(code)),
            fees is null ? null : new FeeScheduleDescription(fees.Status, fees.ProfessionalTechnical, fees.GlobalDays, fees.Bilateral, fees.MultipleProcedure),
            info?.EffectiveFrom,
            info?.EffectiveTo,
            toxin is null ? null : new DrugDescription(
                toxin.Product,
                toxin.BillingUnitAmount,
                toxin.LabelMaximumPerSession,
                [.. new[] { toxin.LabelledForUpperLimb ? "upper" : null, toxin.LabelledForLowerLimb ? "lower" : null }.OfType<string>()]));
    }

    private static string KindName(CodeKind kind) => kind switch
    {
        CodeKind.Chemodenervation => "chemodenervation",
        CodeKind.ExtremityPrimary => "extremity-primary",
        CodeKind.ExtremityAddOn => "extremity-add-on",
        CodeKind.Guidance => "guidance",
        CodeKind.Toxin => "toxin",
        CodeKind.Trunk => "trunk",
        _ => "other",
    };
}
