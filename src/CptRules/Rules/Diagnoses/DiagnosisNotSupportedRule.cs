using CptRules.Claims;
using CptRules.Findings;
using CptRules.ReferenceData;

namespace CptRules.Rules.Diagnoses;

/// <summary>
/// Limb chemodenervation is covered for spasticity and dystonia; the supporting families are a data table
/// (diagnosis_families.csv). Coverage is each MAC's LCD, so this is a warning, never an error.
/// </summary>
public sealed class DiagnosisNotSupportedRule : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.DiagnosisNotSupported,
        FindingSeverity.Warning,
        "diagnoses",
        "A 64642–64645 line has no diagnosis (its pointed ones, else the claim's) from the spasticity or dystonia families.",
        "MAC local coverage determinations for botulinum toxins (covered indications differ by MAC)");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        var diagnoses = claim.Claim.Diagnoses;

        // Without any diagnosis DIAGNOSIS-REQUIRED already fails the claim; a warning per line would only repeat it.
        if (diagnoses.Count == 0)
        {
            return;
        }

        var catalog = claim.Data.Diagnoses;
        foreach (var date in claim.Dates)
        {
            // Families have validity dates, so whether the claim's diagnoses support a line depends on the line's date; work it out once per date.
            bool? claimSupports = null;
            foreach (var line in date.Lines)
            {
                if (claim.CodeInfo(line) is not { IsExtremityCode: true })
                {
                    continue;
                }

                // Pointers that name no diagnosis are DIAGNOSIS-INVALID; a line with only those points to none.
                var points = PointsToAny(line, diagnoses.Count);
                var supported = points
                    ? PointsToSupporting(line, diagnoses, catalog, date.Date)
                    : claimSupports ??= AnySupporting(diagnoses, catalog, date.Date);
                if (supported)
                {
                    continue;
                }

                findings.Add(
                    line,
                    points ? $"{line.Pointer}/diagnosisPointers" : $"{line.Pointer}/code",
                    points ? PointedMessage(line, diagnoses, date.Date) : $"None of the claim's diagnoses ({Names(diagnoses)}) is in a family that supports limb chemodenervation ({line.Code}) on {date.Date:yyyy-MM-dd}.",
                    $"If the record documents spasticity or dystonia, report that diagnosis and point the line to it ({Families(catalog, date.Date)}); otherwise check the payer's LCD, which may deny {line.Code} for this diagnosis.");
            }
        }
    }

    private static bool PointsToAny(ClaimLine line, int diagnosisCount)
    {
        for (var i = 0; i < line.DiagnosisPointers.Count; i++)
        {
            if (line.DiagnosisPointers[i] >= 1 && line.DiagnosisPointers[i] <= diagnosisCount)
            {
                return true;
            }
        }

        return false;
    }

    // Loops rather than Any with lambdas: those would allocate closures for every limb line of every claim.
    private static bool PointsToSupporting(ClaimLine line, IReadOnlyList<Diagnosis> diagnoses, DiagnosisCatalog catalog, DateOnly date)
    {
        for (var i = 0; i < line.DiagnosisPointers.Count; i++)
        {
            var p = line.DiagnosisPointers[i];
            if (p >= 1 && p <= diagnoses.Count && catalog.SupportingFamilyOf(diagnoses[p - 1].Dotless, date) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnySupporting(IReadOnlyList<Diagnosis> diagnoses, DiagnosisCatalog catalog, DateOnly date)
    {
        for (var i = 0; i < diagnoses.Count; i++)
        {
            if (catalog.SupportingFamilyOf(diagnoses[i].Dotless, date) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static string PointedMessage(ClaimLine line, IReadOnlyList<Diagnosis> diagnoses, DateOnly date)
    {
        var pointed = line.DiagnosisPointers.Where(p => p >= 1 && p <= diagnoses.Count).Distinct().Select(p => diagnoses[p - 1]).ToList();
        return $"{line.Code} points to {Names(pointed)}, and none is in a family that supports limb chemodenervation on {date:yyyy-MM-dd}.";
    }

    private static string Names(IEnumerable<Diagnosis> diagnoses) => string.Join(", ", diagnoses.Select(d => d.AsSent));

    private static string Families(DiagnosisCatalog catalog, DateOnly date) =>
        string.Join(", ", catalog.SupportingFamilies
            .Where(f => f.IsValidOn(date))
            .Select(f => f.Family)
            .Distinct(StringComparer.Ordinal));
}
