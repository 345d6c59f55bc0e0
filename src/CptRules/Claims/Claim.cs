namespace CptRules.Claims;

/// <summary>Who bills the claim; picks the CMS tables and who reports the drug.</summary>
public enum CareSetting
{
    Practitioner,
    Asc,
    OutpatientHospital,
}

public enum Limb
{
    Rue,
    Lue,
    Rle,
    Lle,
}

public enum BodySide
{
    Right,
    Left,
}

public static class LimbExtensions
{
    public static BodySide Side(this Limb limb) => limb is Limb.Rue or Limb.Rle ? BodySide.Right : BodySide.Left;

    public static bool IsUpper(this Limb limb) => limb is Limb.Rue or Limb.Lue;

    /// <summary>The contract's spelling: <c>rue</c>, <c>lue</c>, <c>rle</c>, <c>lle</c>.</summary>
    public static string Name(this Limb limb) => limb switch
    {
        Limb.Rue => "rue",
        Limb.Lue => "lue",
        Limb.Rle => "rle",
        _ => "lle",
    };
}

public readonly record struct Extremity(Limb Limb, int MuscleCount);

/// <summary>An ICD-10-CM code as sent and in its comparable form (upper case, no dot).</summary>
public sealed record Diagnosis(string AsSent, string Dotless);

/// <summary>
/// A claim that passed the request boundary: every required field present and typed, codes and modifiers
/// in upper case, each line's own date of service resolved. The patient block is not carried: no rule needs it.
/// </summary>
public sealed record Claim(
    string ClaimId,
    string Payer,
    CareSetting Setting,
    DateOnly DateOfService,
    string? PlaceOfService,
    IReadOnlyList<Diagnosis> Diagnoses,
    DateOnly? PriorTreatmentDate,
    IReadOnlyList<ClaimLine> Lines)
{
    /// <summary>Whether the request carried a <c>diagnoses</c> array (even an empty one): a pointer may name it only then.</summary>
    public bool DiagnosesSent { get; init; }
}

/// <param name="Index">Zero-based position in the request, for JSON pointers.</param>
/// <param name="LineNumber">The line number the biller sees: as sent, else the 1-based position.</param>
public sealed record ClaimLine(
    int Index,
    int LineNumber,
    string Code,
    IReadOnlyList<string> Modifiers,
    int Units,
    DateOnly DateOfService,
    IReadOnlyList<Extremity> Extremities,
    decimal? AdministeredAmount,
    IReadOnlyList<int> DiagnosisPointers)
{
    public bool HasModifier(string modifier)
    {
        // Indexed: a foreach over the interface would allocate an enumerator on every call, on every line.
        for (var i = 0; i < Modifiers.Count; i++)
        {
            if (Modifiers[i] == modifier)
            {
                return true;
            }
        }

        return false;
    }

    public string Pointer => $"/lines/{Index}";
}
