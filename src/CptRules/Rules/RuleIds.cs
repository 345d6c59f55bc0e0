namespace CptRules.Rules;

/// <summary>The public, stable rule identifiers of api-contract.md. Billing systems build work queues on them.</summary>
public static class RuleIds
{
    public const string CodeUnknown = "CODE-UNKNOWN";
    public const string CodeNotEffective = "CODE-NOT-EFFECTIVE";
    public const string ModifierInvalid = "MODIFIER-INVALID";
    public const string ModifierNotApplicable = "MODIFIER-NOT-APPLICABLE";
    public const string ModifierUnnecessary = "MODIFIER-UNNECESSARY";
    public const string AddOnWithoutPrimary = "ADDON-WITHOUT-PRIMARY";
    public const string PtpConflict = "PTP-CONFLICT";
    public const string MueExceeded = "MUE-EXCEEDED";
    public const string ExtremityDetailRequired = "EXTREMITY-DETAIL-REQUIRED";
    public const string MuscleThreshold = "MUSCLE-THRESHOLD";
    public const string ExtremityDuplicate = "EXTREMITY-DUPLICATE";
    public const string ExtremityLimit = "EXTREMITY-LIMIT";
    public const string LateralityMismatch = "LATERALITY-MISMATCH";
    public const string DrugCodeRequired = "DRUG-CODE-REQUIRED";
    public const string DrugBilledByFacility = "DRUG-BILLED-BY-FACILITY";
    public const string DrugWastageModifier = "DRUG-WASTAGE-MODIFIER";
    public const string DrugUnitsMismatch = "DRUG-UNITS-MISMATCH";
    public const string DrugDoseAboveLabel = "DRUG-DOSE-ABOVE-LABEL";
    public const string DrugOffLabel = "DRUG-OFF-LABEL";
    public const string DiagnosisRequired = "DIAGNOSIS-REQUIRED";
    public const string DiagnosisInvalid = "DIAGNOSIS-INVALID";
    public const string DiagnosisNotSupported = "DIAGNOSIS-NOT-SUPPORTED";
    public const string PosUnexpected = "POS-UNEXPECTED";
    public const string Frequency = "FREQUENCY";
}
