using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using CptRules.Claims;

namespace CptRules.ReferenceData;

/// <summary>The name and provenance of the loaded data, echoed in every response as <c>ruleSet</c>.</summary>
public sealed record RuleSetInfo(string Version, IReadOnlyList<string> Sources);

/// <summary>
/// Every table the rules read, loaded once at start from a data directory described by its <c>ruleset.json</c>.
/// A new quarterly CMS release is a new directory (or new files and a new manifest), never a code change.
/// </summary>
public sealed class ReferenceDataSet
{
    public const string ManifestFileName = "ruleset.json";

    public required RuleSetInfo RuleSet { get; init; }

    public required AddOnCodeTable AddOnCodes { get; init; }

    public required MueTable MuePractitioner { get; init; }

    public required MueTable MueOutpatientHospital { get; init; }

    public required PtpTable PtpPractitioner { get; init; }

    public required PtpTable PtpOutpatientHospital { get; init; }

    public required PtpModifierPolicy PtpModifiers { get; init; }

    public required FeeScheduleIndicators FeeSchedule { get; init; }

    public required CodeCatalog Codes { get; init; }

    public required ToxinProducts Toxins { get; init; }

    public required PlacesOfService PlacesOfService { get; init; }

    public required PolicyParameters Policy { get; init; }

    public required DiagnosisCatalog Diagnoses { get; init; }

    /// <summary>Every code that appears in any table: a code outside this set is CODE-UNKNOWN.</summary>
    public required FrozenSet<string> KnownCodes { get; init; }

    /// <summary>The directory shipped beside the engine's binaries.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Data");

    /// <summary>CMS applies the practitioner tables to ASC claims; hospitals have their own.</summary>
    public MueTable MueFor(CareSetting setting) => setting == CareSetting.OutpatientHospital ? MueOutpatientHospital : MuePractitioner;

    public PtpTable PtpFor(CareSetting setting) => setting == CareSetting.OutpatientHospital ? PtpOutpatientHospital : PtpPractitioner;

    public static ReferenceDataSet Load(string directory)
    {
        var manifest = ReadManifest(Path.Combine(directory, ManifestFileName));
        var files = manifest.Files;
        string PathOf(string fileName) => Path.Combine(directory, fileName);

        var addOns = AddOnCodeTable.Load(PathOf(files.AddOnCodes));
        var muePractitioner = MueTable.Load(PathOf(files.MuePractitioner));
        var mueHospital = MueTable.Load(PathOf(files.MueOutpatientHospital));
        var ptpPractitioner = PtpTable.Load(PathOf(files.PtpPractitioner));
        var ptpHospital = PtpTable.Load(PathOf(files.PtpOutpatientHospital));
        var feeSchedule = FeeScheduleIndicators.Load(PathOf(files.FeeScheduleIndicators));
        var codes = CodeCatalog.Load(PathOf(files.CodeCatalog), PathOf(files.HcpcsDrugCodes));
        var toxins = ToxinProducts.Load(PathOf(files.ToxinProducts));
        var billable = files.BillableDiagnoses
            .Select(b => DiagnosisCatalog.LoadBillableList(PathOf(b.File), b.From, b.To))
            .ToArray();

        var known = addOns.Codes
            .Concat(muePractitioner.Codes).Concat(mueHospital.Codes)
            .Concat(ptpPractitioner.Codes).Concat(ptpHospital.Codes)
            .Concat(feeSchedule.Codes).Concat(codes.Codes).Concat(toxins.Codes)
            .ToFrozenSet(StringComparer.Ordinal);

        return new ReferenceDataSet
        {
            RuleSet = new RuleSetInfo(manifest.Version, manifest.Sources),
            AddOnCodes = addOns,
            MuePractitioner = muePractitioner,
            MueOutpatientHospital = mueHospital,
            PtpPractitioner = ptpPractitioner,
            PtpOutpatientHospital = ptpHospital,
            PtpModifiers = PtpModifierPolicy.Load(PathOf(files.PtpModifiers)),
            FeeSchedule = feeSchedule,
            Codes = codes,
            Toxins = toxins,
            PlacesOfService = PlacesOfService.Load(PathOf(files.PlacesOfService)),
            Policy = PolicyParameters.Load(PathOf(files.Policy)),
            Diagnoses = new DiagnosisCatalog(billable, DiagnosisCatalog.LoadFamilies(PathOf(files.DiagnosisFamilies))),
            KnownCodes = known,
        };
    }

    private static Manifest ReadManifest(string path)
    {
        if (!File.Exists(path))
        {
            throw new ReferenceDataException(ManifestFileName, 0, $"the file is missing (looked for {path})");
        }

        try
        {
            using var stream = File.OpenRead(path);
            var manifest = JsonSerializer.Deserialize(stream, ManifestJsonContext.Default.Manifest);
            return manifest is { Version.Length: > 0, Sources.Count: > 0, Files: not null }
                ? manifest
                : throw new ReferenceDataException(ManifestFileName, 0, "'version', 'sources' and 'files' are required");
        }
        catch (JsonException e)
        {
            throw new ReferenceDataException(ManifestFileName, (int)(e.LineNumber ?? -1) + 1, $"invalid JSON at {e.Path}");
        }
    }

    internal sealed record Manifest(string Version, IReadOnlyList<string> Sources, ManifestFiles Files);

    internal sealed record ManifestFiles(
        string AddOnCodes,
        string MuePractitioner,
        string MueOutpatientHospital,
        string PtpPractitioner,
        string PtpOutpatientHospital,
        string PtpModifiers,
        string FeeScheduleIndicators,
        string HcpcsDrugCodes,
        string CodeCatalog,
        string ToxinProducts,
        string PlacesOfService,
        string Policy,
        string DiagnosisFamilies,
        IReadOnlyList<BillableDiagnosisFile> BillableDiagnoses);

    internal sealed record BillableDiagnosisFile(string File, DateOnly From, DateOnly To);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(ReferenceDataSet.Manifest))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
