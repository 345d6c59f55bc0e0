using System.Globalization;
using System.Text.Json;
using CptRules.Contract;
using FsCheck;
using FsCheck.Fluent;

namespace CptRules.Tests.Properties;

/// <summary>
/// A generated request. It prints as the JSON a billing system would send, so a falsified property shows a body that
/// can be replayed with curl.
/// </summary>
public sealed class GeneratedClaim(ClaimRequest request)
{
    public ClaimRequest Request { get; } = request;

    public byte[] Utf8Json() => JsonSerializer.SerializeToUtf8Bytes(Request, ContractJsonContext.Default.ClaimRequest);

    public override string ToString() => JsonSerializer.Serialize(Request, ContractJsonContext.Default.ClaimRequest);

    /// <summary>The same claim with one line fewer, each in turn: FsCheck shrinks a counterexample to the lines that matter.</summary>
    public IEnumerable<GeneratedClaim> WithoutOneLine()
    {
        var lines = Request.Lines ?? [];
        for (var i = 0; lines.Count > 1 && i < lines.Count; i++)
        {
            var fewer = new List<ClaimLineRequest?>(lines);
            fewer.RemoveAt(i);
            yield return new GeneratedClaim(new ClaimRequest
            {
                ClaimId = Request.ClaimId,
                Payer = Request.Payer,
                Setting = Request.Setting,
                DateOfService = Request.DateOfService,
                PlaceOfService = Request.PlaceOfService,
                Diagnoses = Request.Diagnoses,
                PriorTreatmentDate = Request.PriorTreatmentDate,
                Patient = Request.Patient,
                Lines = fewer,
            });
        }
    }
}

/// <summary>
/// Claims that pass the request boundary (api-contract.md's 400 list) but are otherwise anything a billing system might
/// send: the chemodenervation family and its neighbours, odd codes, modifiers valid and not, limbs, muscle counts, dates
/// from 2013 to 2027 with line overrides and the calendar's extremes, diagnoses good, headers and malformed, pointers
/// that name nothing, huge units and amounts. One in four is a plausible clean claim with a twist or two, so that every
/// outcome, not only <c>fail</c>, is reached.
/// CptRules.Api.Tests compiles this file too, to post the same claims over HTTP.
/// </summary>
public static class ClaimGenerators
{
    private static readonly DateOnly FirstDate = new(2013, 1, 1);
    private static readonly DateOnly LastDate = new(2027, 12, 31);
    private static readonly DateOnly WastageModifiersFrom = new(2023, 7, 1);

    private static readonly string[] FamilyCodes =
    [
        "64612", "64613", "64614", "64615", "64616", "64617",
        "64642", "64643", "64644", "64645", "64646", "64647",
        "95873", "95874",
        "J0585", "J0586", "J0587", "J0588", "J0589",
    ];

    private static readonly string[] ExtremityCodes = ["64642", "64643", "64644", "64645"];
    private static readonly string[] NeighbourCodes = ["20552", "99213", "95860", "64611", "64650", "96372", "G0463"];

    // What a biller mistypes: wrong length, lower case, padding, letters, control and non-ASCII characters. Never blank:
    // a blank code is a 400, not a coding question.
    private static readonly string[] OddCodes = ["6464", "646444", "j0585", "64644 ", " 64644", "ABCDE", "00000", "6464X", "６４６４４", "64644\u0000", "J058", "x", "-1"];

    private static readonly string[] ValidModifiers = ["RT", "LT", "59", "XS", "25", "26", "TC", "50", "51", "JW", "JZ", "rt", "jz", "XU"];
    private static readonly string[] InvalidModifiers = ["", "R", "RTX", "R-", "  ", "é1", "5 9", "JZJW", "\t1"];
    private static readonly string[] Limbs = ["rue", "lue", "rle", "lle", "RUE", "Lle"];
    private static readonly string[] Settings = ["practitioner", "asc", "outpatient-hospital", "ASC", "Outpatient-Hospital"];
    private static readonly string[] Places = ["11", "19", "22", "24", "21", "23", "31", "99", "1", "XX", "", "011"];

    // G35 is billable in FY2025 and retired in FY2026, so it is valid or not by the date of service.
    private static readonly string[] BillableDiagnoses = ["I69.351", "G80.1", "G80.0", "G24.3", "G35", "I69354", "G81.11", "M62.838", "G82.52", "I63.9", "G40.909", "g25.0"];
    private static readonly string[] HeaderDiagnoses = ["G80", "I69.35", "G81", "G24", "I69"];
    private static readonly string[] MalformedDiagnoses = ["", "123", "I69.3511X", "G80..1", "I6", "Z", "..", "G80 .1", "É80.1", "G80.1\n", "I69.35X1X"];

    public static Arbitrary<GeneratedClaim> Arbitrary { get; } = Arb.From(Claims(), claim => claim.WithoutOneLine());

    public static Gen<GeneratedClaim> Claims() => Gen.Frequency((3, AnyClaim()), (1, PlausibleClaim()));

    private static Gen<GeneratedClaim> AnyClaim() =>
        from claimId in ClaimId()
        from payer in Gen.Elements<string?>(null, "medicare", "MEDICARE")
        from setting in OrNull(Gen.Elements(Settings))
        from date in Date()
        from place in OrNull(Gen.Elements(Places))
        from diagnoses in Diagnoses()
        from prior in PriorTreatment(date)
        from lineCount in Gen.Frequency((10, Gen.Choose(1, 6)), (2, Gen.Choose(7, 30)))
        from lines in Gen.ListOf(Line(date, diagnoses?.Count ?? 0), lineCount)
        from patient in Gen.Elements<PatientRequest?>(null, new PatientRequest { Id = "PAT-778", BirthDate = "1961-02-03" })
        select new GeneratedClaim(new ClaimRequest
        {
            ClaimId = claimId,
            Payer = payer,
            Setting = setting,
            DateOfService = Format(date),
            PlaceOfService = place,
            Diagnoses = diagnoses,
            PriorTreatmentDate = prior is { } p ? Format(p) : null,
            Patient = patient,
            Lines = [.. lines],
        });

    /// <summary>
    /// An office claim that is right as far as the rules go (a base limb code, add-ons for other limbs with matching
    /// muscle counts, Botox with JZ and matching units), then sometimes a place of service, a recent prior treatment or
    /// a laterality modifier that draws a warning, or a muscle count that draws an error.
    /// </summary>
    private static Gen<GeneratedClaim> PlausibleClaim() =>
        from date in Gen.Choose(WastageModifiersFrom.DayNumber, LastDate.DayNumber).Select(DateOnly.FromDayNumber)
        from limbs in Gen.Shuffle(["rue", "lue", "rle", "lle"]).SelectMany(all => Gen.Choose(1, 4).Select(n => all.Take(n).ToArray()))
        from muscles in Gen.ArrayOf(Gen.Frequency((10, Gen.Choose(1, 12)), (1, Gen.Constant(4))), limbs.Length)
        from dose in Gen.Choose(1, 400)
        from place in Gen.Frequency((6, Gen.Constant("11")), (1, Gen.Elements("99", "31")))
        from daysSincePrior in Gen.Frequency((4, Gen.Constant<int?>(null)), (2, Gen.Choose(84, 400).Select(d => (int?)d)), (1, Gen.Choose(1, 83).Select(d => (int?)d)))
        from wrongSide in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new GeneratedClaim(new ClaimRequest
        {
            ClaimId = "CLM-PLAUSIBLE",
            DateOfService = Format(date),
            PlaceOfService = place,
            Diagnoses = ["I69.351", "G80.1"],
            PriorTreatmentDate = daysSincePrior is { } days ? Format(date.AddDays(-days)) : null,
            Lines =
            [
                .. limbs.Select((limb, i) => (ClaimLineRequest?)new ClaimLineRequest
                {
                    Code = (i == 0, muscles[i] >= 5) switch
                    {
                        (true, true) => "64644",
                        (true, false) => "64642",
                        (false, true) => "64645",
                        (false, false) => "64643",
                    },
                    Modifiers = [(limb[0] == 'r') ^ wrongSide ? "RT" : "LT"],
                    Units = 1,
                    Extremities = [new ExtremityRequest { Limb = limb, MuscleCount = muscles[i] }],
                }),
                new ClaimLineRequest { Code = "J0585", Modifiers = ["JZ"], Units = dose, AdministeredAmount = dose },
            ],
        });

    private static Gen<ClaimLineRequest> Line(DateOnly claimDate, int diagnosisCount) =>
        from code in Code()
        from units in Gen.Frequency((10, Gen.Choose(1, 4)), (4, Gen.Choose(1, 600)), (1, Gen.Elements(1_000, 99_999, int.MaxValue)))
        from modifiers in Modifiers()
        from extremities in Extremities(units)
        from amount in AdministeredAmount()
        from date in Gen.Frequency((8, Gen.Constant<DateOnly?>(null)), (2, Gen.Choose(-400, 400).Select(d => (DateOnly?)Shift(claimDate, d))), (1, Date().Select(d => (DateOnly?)d)))
        from pointers in DiagnosisPointers(diagnosisCount)
        from lineNumber in Gen.Frequency((8, Gen.Constant<int?>(null)), (1, Gen.Choose(-1, 12).Select(n => (int?)n)))
        select new ClaimLineRequest
        {
            LineNumber = lineNumber,
            Code = code,
            Modifiers = modifiers,
            Units = units,
            DateOfService = date is { } d ? Format(d) : null,
            Extremities = extremities,
            AdministeredAmount = amount,
            DiagnosisPointers = pointers,
        };

    private static Gen<string> Code() => Gen.Frequency(
        (12, Gen.Elements(FamilyCodes)),
        (8, Gen.Elements(ExtremityCodes)),
        (3, Gen.Elements(NeighbourCodes)),
        (1, Gen.Elements(OddCodes)));

    private static Gen<List<string?>?> Modifiers() => Gen.Frequency(
        (2, Gen.Constant<List<string?>?>(null)),
        (8, Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(
            Gen.Frequency((8, Gen.Elements(ValidModifiers)), (1, Gen.Elements(InvalidModifiers))).Select(m => (string?)m), n))
            .Select(list => (List<string?>?)[.. list])));

    /// <summary>Mostly one entry per unit, as the contract asks of 64642–64645; sometimes too few or too many, or none.</summary>
    private static Gen<List<ExtremityRequest?>?> Extremities(int units) =>
        Gen.Frequency(
            (6, Gen.Constant(Math.Min(units, 6))),
            (2, Gen.Choose(0, 5)),
            (2, Gen.Constant(-1)))
        .SelectMany(count => count < 0
            ? Gen.Constant<List<ExtremityRequest?>?>(null)
            : Gen.ListOf(Extremity(), count).Select(list => (List<ExtremityRequest?>?)[.. list]));

    private static Gen<ExtremityRequest?> Extremity() =>
        from limb in Gen.Elements(Limbs)
        from muscles in Gen.Frequency((10, Gen.Choose(1, 12)), (1, Gen.Elements(100, int.MaxValue)))
        select (ExtremityRequest?)new ExtremityRequest { Limb = limb, MuscleCount = muscles };

    private static Gen<decimal?> AdministeredAmount() => Gen.Frequency(
        (3, Gen.Constant<decimal?>(null)),
        (5, Gen.Choose(1, 3_000).Select(a => (decimal?)a)),
        (2, Gen.Choose(1, 300_000).Select(a => (decimal?)(a / 100m))),
        (1, Gen.Elements<decimal?>(0.0001m, 1_000_000_000m, decimal.MaxValue)));

    private static Gen<List<string?>?> Diagnoses() => Gen.Frequency(
        (1, Gen.Constant<List<string?>?>(null)),
        (1, Gen.Constant<List<string?>?>([])),
        (8, Gen.Choose(1, 5).SelectMany(n => Gen.ListOf(
            Gen.Frequency(
                (8, Gen.Elements(BillableDiagnoses)),
                (2, Gen.Elements(HeaderDiagnoses)),
                (2, Gen.Elements(MalformedDiagnoses))).Select(d => (string?)d), n))
            .Select(list => (List<string?>?)[.. list])));

    /// <summary>1-based positions in diagnoses, with some that name nothing (0, past the end, negative, extreme).</summary>
    private static Gen<List<int>?> DiagnosisPointers(int diagnosisCount) => Gen.Frequency(
        (5, Gen.Constant<List<int>?>(null)),
        (4, Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(Gen.Choose(-1, diagnosisCount + 2), n)).Select(list => (List<int>?)[.. list])),
        (1, Gen.Constant<List<int>?>([int.MaxValue, int.MinValue, 0])));

    /// <summary>Relative to the date of service (the frequency rule's window), sometimes after it, sometimes anywhere.</summary>
    private static Gen<DateOnly?> PriorTreatment(DateOnly dateOfService) => Gen.Frequency(
        (4, Gen.Constant<DateOnly?>(null)),
        (4, Gen.Choose(-10, 200).Select(days => (DateOnly?)Shift(dateOfService, -days))),
        (1, Date().Select(d => (DateOnly?)d)));

    /// <summary>Half of the dates fall where the discarded-drug policy and the diagnosis lists (FY2025, FY2026) apply.</summary>
    private static Gen<DateOnly> Date() => Gen.Frequency(
        (15, Gen.Choose(FirstDate.DayNumber, LastDate.DayNumber).Select(DateOnly.FromDayNumber)),
        (15, Gen.Choose(WastageModifiersFrom.DayNumber, LastDate.DayNumber).Select(DateOnly.FromDayNumber)),
        (1, Gen.Elements(DateOnly.MinValue, new DateOnly(1900, 2, 28), new DateOnly(2099, 12, 31), new DateOnly(9999, 11, 30), DateOnly.MaxValue)));

    private static Gen<string> ClaimId() => Gen.Frequency(
        (8, Gen.Choose(1, 99_999).Select(n => $"CLM-{n:D5}")),
        (1, Gen.Elements("x", new string('9', ClaimRequestReader.MaxClaimIdLength), "CLM 0001/ü\"<>")));

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(value => (T?)value)));

    /// <summary>Moves a date without leaving the calendar: the extremes are part of what is generated.</summary>
    private static DateOnly Shift(DateOnly date, int days) =>
        DateOnly.FromDayNumber(Math.Clamp(date.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
