using CptRules.Claims;
using CptRules.ReferenceData;

namespace CptRules.Rules.Drugs;

/// <summary>
/// Who reports the toxin, decided in one place so that DRUG-CODE-REQUIRED and DRUG-BILLED-BY-FACILITY can never
/// both fire on one claim.
/// </summary>
internal static class DrugBilling
{
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
