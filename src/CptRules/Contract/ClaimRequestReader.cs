using System.Buffers;
using System.Globalization;
using System.Text.Json;
using CptRules.Claims;

namespace CptRules.Contract;

/// <summary>A field that makes the body unreadable as a claim, named by its JSON path (<c>$.lines[0].code</c>).</summary>
public sealed record RequestError(string Path, string Message);

public sealed class ClaimReadResult
{
    private ClaimReadResult(Claim? claim, IReadOnlyList<RequestError> errors)
    {
        Claim = claim;
        Errors = errors;
    }

    public Claim? Claim { get; }

    public IReadOnlyList<RequestError> Errors { get; }

    public static ClaimReadResult Success(Claim claim) => new(claim, []);

    public static ClaimReadResult Failure(IReadOnlyList<RequestError> errors) => new(null, errors);
}

/// <summary>
/// The request boundary of the contract: what is a 400 (the body cannot be read as a claim) and what is left
/// to the rules as a coding question. It turns a <see cref="ClaimRequest"/> into a normalised <see cref="Claim"/>.
/// </summary>
public static partial class ClaimRequestReader
{
    public const int MaxLines = 450;
    public const int MaxClaimIdLength = 64;
    public const int MaxModifiersPerLine = 4;
    public const string DefaultPayer = "medicare";

    private static readonly Dictionary<string, CareSetting> Settings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["practitioner"] = CareSetting.Practitioner,
        ["asc"] = CareSetting.Asc,
        ["outpatient-hospital"] = CareSetting.OutpatientHospital,
    };

    private static readonly Dictionary<string, Limb> Limbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rue"] = Limb.Rue,
        ["lue"] = Limb.Lue,
        ["rle"] = Limb.Rle,
        ["lle"] = Limb.Lle,
    };

    /// <summary>Reads a UTF-8 JSON body: a syntax error is one error where reading stopped; every wrong type is named.</summary>
    public static ClaimReadResult Read(ReadOnlySpan<byte> utf8Json, IReadOnlyCollection<string> knownPayers)
    {
        ClaimRequest? request;
        try
        {
            request = JsonSerializer.Deserialize(utf8Json, ContractJsonContext.Default.ClaimRequest);
        }
        catch (JsonException e) when (IsWrongType(e))
        {
            return ReadPastWrongTypes(utf8Json, e, knownPayers);
        }
        catch (JsonException e)
        {
            return ClaimReadResult.Failure([FromJsonException(e)]);
        }

        return request is null
            ? ClaimReadResult.Failure([new RequestError("$", "The body must be a JSON object (a claim), not null.")])
            : Read(request, knownPayers);
    }

    /// <summary>Reads one claim from a buffer that may span several segments (a line of a streamed batch).</summary>
    public static ClaimReadResult Read(in ReadOnlySequence<byte> utf8Json, IReadOnlyCollection<string> knownPayers)
    {
        if (utf8Json.IsSingleSegment)
        {
            return Read(utf8Json.FirstSpan, knownPayers);
        }

        var length = checked((int)utf8Json.Length);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            utf8Json.CopyTo(rented);
            return Read(rented.AsSpan(0, length), knownPayers);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Checks a deserialised request against the contract and builds the claim, or lists every field at fault.</summary>
    public static ClaimReadResult Read(ClaimRequest request, IReadOnlyCollection<string> knownPayers)
    {
        var errors = new List<RequestError>();

        if (request.ClaimId is null)
        {
            errors.Add(new("$.claimId", "claimId is required."));
        }
        else if (CharacterCount(request.ClaimId) is var length && length is 0 or > MaxClaimIdLength)
        {
            errors.Add(new("$.claimId", $"claimId must be 1–{MaxClaimIdLength} characters long; it has {length}."));
        }

        var payer = DefaultPayer;
        if (request.Payer is not null)
        {
            if (KnownPayer(knownPayers, request.Payer) is { } known)
            {
                payer = known;
            }
            else
            {
                errors.Add(new("$.payer", $"payer '{request.Payer}' is not a known profile; known profiles: {string.Join(", ", knownPayers)}."));
            }
        }

        var setting = CareSetting.Practitioner;
        if (request.Setting is not null && !Settings.TryGetValue(request.Setting, out setting))
        {
            errors.Add(new("$.setting", $"setting '{request.Setting}' is not one of: {string.Join(", ", Settings.Keys)}."));
        }

        var dateOfService = RequiredDate(request.DateOfService, "$.dateOfService", "dateOfService", errors);
        var priorTreatment = OptionalDate(request.PriorTreatmentDate, "$.priorTreatmentDate", errors);

        // The patient block is not carried into the claim, but its date is still a date; the answer does not repeat
        // protected health information.
        if (request.Patient?.BirthDate is { } birthDate && !IsDate(birthDate))
        {
            errors.Add(new("$.patient.birthDate", "patient.birthDate is not a valid yyyy-MM-dd date."));
        }

        var diagnoses = new List<Diagnosis>(request.Diagnoses?.Count ?? 0);
        if (request.Diagnoses is not null)
        {
            for (var i = 0; i < request.Diagnoses.Count; i++)
            {
                if (request.Diagnoses[i] is { } code)
                {
                    diagnoses.Add(new Diagnosis(code, code.Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant()));
                }
                else
                {
                    errors.Add(new($"$.diagnoses[{i}]", "A diagnosis must be a string, not null."));
                }
            }
        }

        var lines = new List<ClaimLine>(request.Lines?.Count ?? 0);
        if (request.Lines is null)
        {
            errors.Add(new("$.lines", "lines is required: a claim has 1–450 lines."));
        }
        else if (request.Lines.Count is 0 or > MaxLines)
        {
            errors.Add(new("$.lines", $"A claim has 1–{MaxLines} lines; this one has {request.Lines.Count}."));
        }
        else
        {
            for (var i = 0; i < request.Lines.Count; i++)
            {
                if (ReadLine(request.Lines[i], i, dateOfService, errors) is { } line)
                {
                    lines.Add(line);
                }
            }
        }

        if (errors.Count > 0)
        {
            return ClaimReadResult.Failure(errors);
        }

        return ClaimReadResult.Success(new Claim(
            request.ClaimId!,
            payer,
            setting,
            dateOfService!.Value,
            request.PlaceOfService,
            diagnoses,
            priorTreatment,
            lines)
        {
            DiagnosesSent = request.Diagnoses is not null,
        });
    }

    private static ClaimLine? ReadLine(ClaimLineRequest? line, int index, DateOnly? claimDate, List<RequestError> errors)
    {
        // Paths are formatted only for an error: most lines of most claims have none.
        if (line is null)
        {
            errors.Add(new(LinePath(index), "A line must be an object, not null."));
            return null;
        }

        var errorCount = errors.Count;
        if (line.Code is null)
        {
            errors.Add(new($"{LinePath(index)}.code", "code is required."));
        }
        else if (string.IsNullOrWhiteSpace(line.Code))
        {
            errors.Add(new($"{LinePath(index)}.code", "code must not be empty."));
        }

        if (line.Units is null)
        {
            errors.Add(new($"{LinePath(index)}.units", "units is required."));
        }
        else if (line.Units < 1)
        {
            errors.Add(new($"{LinePath(index)}.units", $"units must be 1 or more, not {line.Units}."));
        }

        var modifiers = new List<string>(line.Modifiers?.Count ?? 0);
        if (line.Modifiers is not null)
        {
            if (line.Modifiers.Count > MaxModifiersPerLine)
            {
                errors.Add(new($"{LinePath(index)}.modifiers", $"A line carries at most {MaxModifiersPerLine} modifiers; this one has {line.Modifiers.Count}."));
            }

            for (var m = 0; m < line.Modifiers.Count; m++)
            {
                if (line.Modifiers[m] is { } modifier)
                {
                    modifiers.Add(modifier.ToUpperInvariant());
                }
                else
                {
                    errors.Add(new($"{LinePath(index)}.modifiers[{m}]", "A modifier must be a string, not null."));
                }
            }
        }

        var lineDate = line.DateOfService is null ? claimDate : OptionalDate(line.DateOfService, $"{LinePath(index)}.dateOfService", errors);

        var extremities = new List<Extremity>(line.Extremities?.Count ?? 0);
        if (line.Extremities is not null)
        {
            for (var e = 0; e < line.Extremities.Count; e++)
            {
                var extremity = line.Extremities[e];
                if (extremity is null)
                {
                    errors.Add(new(ExtremityPath(index, e), "An extremity must be an object, not null."));
                    continue;
                }

                var limb = default(Limb);
                if (extremity.Limb is null)
                {
                    errors.Add(new($"{ExtremityPath(index, e)}.limb", "limb is required: rue, lue, rle or lle."));
                }
                else if (!Limbs.TryGetValue(extremity.Limb, out limb))
                {
                    errors.Add(new($"{ExtremityPath(index, e)}.limb", $"limb '{extremity.Limb}' is not one of rue, lue, rle, lle."));
                }

                if (extremity.MuscleCount is null)
                {
                    errors.Add(new($"{ExtremityPath(index, e)}.muscleCount", "muscleCount is required."));
                }
                else if (extremity.MuscleCount < 1)
                {
                    errors.Add(new($"{ExtremityPath(index, e)}.muscleCount", $"muscleCount must be 1 or more, not {extremity.MuscleCount}."));
                }

                extremities.Add(new Extremity(limb, extremity.MuscleCount ?? 0));
            }
        }

        if (line.AdministeredAmount is <= 0)
        {
            errors.Add(new($"{LinePath(index)}.administeredAmount", $"administeredAmount must be greater than 0, not {line.AdministeredAmount.Value.ToString(CultureInfo.InvariantCulture)}."));
        }

        if (errors.Count > errorCount || lineDate is null)
        {
            return null;
        }

        return new ClaimLine(
            index,
            line.LineNumber ?? index + 1,
            line.Code!.ToUpperInvariant(),
            modifiers,
            line.Units!.Value,
            lineDate.Value,
            extremities,
            line.AdministeredAmount,
            (IReadOnlyList<int>?)line.DiagnosisPointers ?? []);
    }

    private static string LinePath(int index) => $"$.lines[{index}]";

    private static string ExtremityPath(int index, int extremity) => $"$.lines[{index}].extremities[{extremity}]";

    // A loop rather than FirstOrDefault with a lambda, which would allocate a closure for every claim.
    private static string? KnownPayer(IReadOnlyCollection<string> knownPayers, string payer)
    {
        foreach (var known in knownPayers)
        {
            if (string.Equals(known, payer, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return null;
    }

    private static DateOnly? RequiredDate(string? value, string path, string name, List<RequestError> errors)
    {
        if (value is null)
        {
            errors.Add(new(path, $"{name} is required (yyyy-MM-dd)."));
            return null;
        }

        return OptionalDate(value, path, errors);
    }

    private static DateOnly? OptionalDate(string? value, string path, List<RequestError> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (TryParseDate(value, out var date))
        {
            return date;
        }

        errors.Add(new(path, $"'{value}' is not a valid yyyy-MM-dd date."));
        return null;
    }

    private static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool IsDate(string value) => TryParseDate(value, out _);

    /// <summary>Characters as a person counts them (and as JSON Schema's maxLength does): a character outside the BMP is one.</summary>
    private static int CharacterCount(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static RequestError FromJsonException(JsonException e)
    {
        var path = string.IsNullOrEmpty(e.Path) ? "$" : e.Path;

        // System.Text.Json raises the same exception type for broken syntax, for nesting past the context's MaxDepth,
        // for a string that is not text and for a value of the wrong type; its messages tell them apart. A failed
        // conversion is the one a biller fixes by changing one field.
        if (e.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return new RequestError(path, $"The body nests objects or arrays more than {ContractJsonContext.Default.Options.MaxDepth} levels deep.");
        }

        if (IsInvalidText(e))
        {
            return new RequestError(path, $"{path} is not valid text (invalid UTF-8, or an escaped surrogate without its pair).");
        }

        return IsWrongType(e)
            ? new RequestError(path, $"{path} has the wrong JSON type or an out-of-range value ({ExpectedTypeAt(path)} expected).")
            : new RequestError(path, $"The body is not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}).");
    }

    private static bool IsWrongType(JsonException e) => !IsInvalidText(e) && e.Message.Contains("could not be converted", StringComparison.Ordinal);

    private static bool IsInvalidText(JsonException e) =>
        e.InnerException is InvalidOperationException { Message: var reason } && reason.Contains("UTF", StringComparison.Ordinal);

    private static string ExpectedTypeAt(string path)
    {
        var field = path[(path.LastIndexOf('.') + 1)..];
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        var isElement = bracket >= 0 && field.EndsWith(']');
        field = bracket >= 0 ? field[..bracket] : field;
        return (field, isElement) switch
        {
            ("lines" or "extremities", true) => "an object",
            ("lines" or "extremities" or "diagnoses" or "modifiers" or "diagnosisPointers", false) => "an array",
            ("diagnoses" or "modifiers", true) => "a string",
            ("diagnosisPointers", true) => "a whole number",
            ("units" or "muscleCount" or "lineNumber", _) => "a whole number",
            ("administeredAmount", _) => "a number",
            ("patient", _) => "an object",
            ("$", _) => "a JSON object",
            _ => "a string",
        };
    }
}
