using System.ComponentModel.DataAnnotations;

namespace CptRules.Contract;

// The wire shape of POST /validate (api-contract.md). Every property is nullable so that a missing field is
// reported by ClaimRequestReader with its JSON path, all at once, instead of failing on the first.

/// <summary>A claim as a billing system sends it.</summary>
public sealed class ClaimRequest
{
    /// <summary>1–64 characters, echoed back.</summary>
    [Required]
    public string? ClaimId { get; set; }

    /// <summary>Rule profile; <c>medicare</c> when absent.</summary>
    public string? Payer { get; set; }

    /// <summary><c>practitioner</c> (default), <c>asc</c> or <c>outpatient-hospital</c>.</summary>
    public string? Setting { get; set; }

    /// <summary>yyyy-MM-dd; the date every line shares unless the line overrides it.</summary>
    [Required]
    public string? DateOfService { get; set; }

    /// <summary>Two-digit CMS place-of-service code.</summary>
    public string? PlaceOfService { get; set; }

    /// <summary>ICD-10-CM codes, with or without the dot.</summary>
    public List<string?>? Diagnoses { get; set; }

    /// <summary>yyyy-MM-dd of the previous limb or trunk chemodenervation (64642–64647).</summary>
    public string? PriorTreatmentDate { get; set; }

    /// <summary>Patient identifiers: protected health information, never logged and never used by a rule.</summary>
    public PatientRequest? Patient { get; set; }

    /// <summary>1–450 claim lines.</summary>
    [Required]
    public List<ClaimLineRequest?>? Lines { get; set; }
}

public sealed class PatientRequest
{
    public string? Id { get; set; }

    public string? BirthDate { get; set; }
}

public sealed class ClaimLineRequest
{
    /// <summary>1-based; defaults to the line's position.</summary>
    public int? LineNumber { get; set; }

    /// <summary>CPT/HCPCS code, 5 characters.</summary>
    [Required]
    public string? Code { get; set; }

    /// <summary>Up to 4 two-character modifiers.</summary>
    public List<string?>? Modifiers { get; set; }

    /// <summary>Integer ≥ 1.</summary>
    [Required]
    public int? Units { get; set; }

    /// <summary>yyyy-MM-dd; overrides the claim's date for this line.</summary>
    public string? DateOfService { get; set; }

    /// <summary>For 64642–64645: one entry per unit.</summary>
    public List<ExtremityRequest?>? Extremities { get; set; }

    /// <summary>Drug lines: amount given, in the product's own units.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(AdministeredAmountConverter))]
    public decimal? AdministeredAmount { get; set; }

    /// <summary>1-based indexes into <c>diagnoses</c>.</summary>
    public List<int>? DiagnosisPointers { get; set; }
}

public sealed class ExtremityRequest
{
    /// <summary><c>rue</c>, <c>lue</c>, <c>rle</c> or <c>lle</c>.</summary>
    [Required]
    public string? Limb { get; set; }

    /// <summary>Distinct muscles injected in that limb, at least 1.</summary>
    [Required]
    public int? MuscleCount { get; set; }
}
