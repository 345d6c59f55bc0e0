using CptRules.ReferenceData;

namespace CptRules.Tests.ReferenceData;

/// <summary>A bad quarterly file must stop start-up with the file and line named, never load half a rule set.</summary>
public sealed class ReferenceDataLoadingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cptrules-data-").FullName;

    public ReferenceDataLoadingTests()
    {
        foreach (var file in Directory.GetFiles(ReferenceDataSet.DefaultDirectory))
        {
            File.Copy(file, Path.Combine(_directory, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Shipped_data_loads_with_the_manifest_version_and_sources()
    {
        var data = ReferenceDataSet.Load(_directory);

        Assert.Equal("2024.3", data.RuleSet.Version);
        Assert.Equal(["NCCI AOC 2024Q2", "NCCI MUE 2024-07-01", "NCCI PTP 2024-07-01", "MPFS RVU 2024-07"], data.RuleSet.Sources);
        Assert.Equal(["64644"], data.AddOnCodes.PrimariesOf("64645"));
        Assert.Equal(3, data.MuePractitioner.LimitFor("64645")!.MaximumUnits);
        Assert.Equal(5, data.Toxins.For("J0586")!.BillingUnitAmount);
        Assert.Equal(new DateOnly(2024, 4, 1), data.Codes.For("J0589")!.EffectiveFrom);
        Assert.Equal(0, data.FeeSchedule.For("64645")!.ProfessionalTechnical);
    }

    [Fact]
    public void A_new_release_changes_version_and_sources_without_code()
    {
        var manifest = Path.Combine(_directory, ReferenceDataSet.ManifestFileName);
        File.WriteAllText(manifest, File.ReadAllText(manifest)
            .Replace("\"2024.3\"", "\"2024.4\"", StringComparison.Ordinal)
            .Replace("NCCI PTP 2024-07-01", "NCCI PTP 2024-10-01", StringComparison.Ordinal));

        var data = ReferenceDataSet.Load(_directory);

        Assert.Equal("2024.4", data.RuleSet.Version);
        Assert.Contains("NCCI PTP 2024-10-01", data.RuleSet.Sources);
    }

    [Fact]
    public void Missing_file_names_the_file()
    {
        File.Delete(Path.Combine(_directory, "ncci_aoc_2024q2_extract.csv"));

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceDataSet.Load(_directory));
        Assert.Equal("ncci_aoc_2024q2_extract.csv", error.FileName);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_value_names_the_file_line_and_column()
    {
        var path = Path.Combine(_directory, "ncci_mue_practitioner_2024-07-01_extract.csv");
        var lines = File.ReadAllLines(path);
        lines[3] = lines[3].Replace(",5,3,", ",five,3,", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceDataSet.Load(_directory));
        Assert.Equal(4, error.LineNumber);
        Assert.Equal("Reference data file 'ncci_mue_practitioner_2024-07-01_extract.csv', line 4: column 'mue_value' is not a whole number: 'five'.", error.Message);
    }

    [Fact]
    public void Row_with_a_missing_field_names_the_line()
    {
        File.AppendAllText(Path.Combine(_directory, "ncci_aoc_2024q2_extract.csv"), "64644,64645\n");

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceDataSet.Load(_directory));
        Assert.Equal(23, error.LineNumber);
        Assert.Contains("expected 3 fields, found 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_add_on_edit_type_names_the_line()
    {
        File.AppendAllText(Path.Combine(_directory, "ncci_aoc_2024q2_extract.csv"), "64644,64645,4\n");

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceDataSet.Load(_directory));
        Assert.Equal(23, error.LineNumber);
        Assert.Contains("column 'aoc_edit_type' must be 1, 2 or 3, not 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_without_a_required_column_names_line_1()
    {
        var path = Path.Combine(_directory, "toxin_products.csv");
        File.WriteAllText(path, File.ReadAllText(path).Replace("billing_unit_amount", "unit", StringComparison.Ordinal));

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceDataSet.Load(_directory));
        Assert.Equal(1, error.LineNumber);
        Assert.Contains("billing_unit_amount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_manifest_json_names_the_manifest()
    {
        File.WriteAllText(Path.Combine(_directory, ReferenceDataSet.ManifestFileName), "{ \"version\": ");

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceDataSet.Load(_directory));
        Assert.Equal(ReferenceDataSet.ManifestFileName, error.FileName);
    }

    [Fact]
    public void Malformed_icd10_line_names_the_file_and_line()
    {
        var path = Path.Combine(_directory, "icd10cm_billable_fy2026.txt");
        var lines = File.ReadAllLines(path);
        lines[9] = "G35.A";
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceDataSet.Load(_directory));
        Assert.Equal("icd10cm_billable_fy2026.txt", error.FileName);
        Assert.Equal(10, error.LineNumber);
    }
}
