using System.Globalization;
using CptRules.Claims;
using CptRules.ReferenceData;

namespace CptRules.Rules.Drugs;

/// <summary>
/// Who reports the toxin and which lines are the administered drug, decided in one place: DRUG-CODE-REQUIRED and
/// DRUG-BILLED-BY-FACILITY must never both fire on one claim, and every drug rule must read JW the same way.
/// </summary>
internal static class DrugBilling
{
    /// <summary>CMS discarded-drug modifier: the line bills the part of a single-dose vial that was thrown away.</summary>
    public const string Discarded = "JW";

    /// <summary>CMS discarded-drug modifier: nothing of the single-dose vial was thrown away.</summary>
    public const string NothingDiscarded = "JZ";

    /// <summary>A line of drug given to the patient, as opposed to a JW line of drug discarded.</summary>
    public static bool IsAdministered(ClaimLine line) => !line.HasModifier(Discarded);

    /// <summary>An amount or unit count the way billing documents write it: 5,000 and 100.6.</summary>
    public static string Amount(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    /// <summary>
    /// The facility a practitioner works in, when that facility buys the toxin and bills it on its own claim; null when
    /// the biller of this claim bought the drug (hospital outpatient, ASC, or a practitioner outside a facility).
    /// </summary>
    public static PlaceOfService? FacilityThatBillsTheDrug(ClaimContext claim) =>
        claim.Claim.Setting == CareSetting.Practitioner
        && claim.Claim.PlaceOfService is { } code
        && claim.Data.PlacesOfService.For(code) is { IsFacility: true } place
            ? place
            : null;
}
