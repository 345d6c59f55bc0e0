using System.Text;
using CptRules.Claims;
using CptRules.Contract;

namespace CptRules.Tests.Contract;

public class ClaimRequestReaderTests
{
    private const string ValidLine = """{ "code": "64644", "units": 1, "extremities": [ { "limb": "rue", "muscleCount": 6 } ] }""";

    private static ClaimReadResult Read(string json) => ClaimRequestReader.Read(Encoding.UTF8.GetBytes(json), [ClaimRequestReader.DefaultPayer]);

    private static string Claim(string lines = ValidLine, string extra = "") =>
        $$"""{ "claimId": "C1", "dateOfService": "2025-03-14", {{extra}} "lines": [ {{lines}} ] }""";

    private static IEnumerable<string> ErrorPaths(ClaimReadResult result) => result.Errors.Select(e => e.Path);

    [Fact]
    public void Valid_claim_is_normalised_codes_modifiers_and_diagnoses()
    {
        var result = Read(Claim("""{ "code": "j0585", "modifiers": ["jz"], "units": 100, "administeredAmount": 100 }""", """ "diagnoses": ["i69.351", "G801"], """));

        var claim = Assert.IsType<Claim>(result.Claim);
        Assert.Empty(result.Errors);
        Assert.Equal("J0585", claim.Lines[0].Code);
        Assert.Equal(["JZ"], claim.Lines[0].Modifiers);
        Assert.Equal(["I69351", "G801"], claim.Diagnoses.Select(d => d.Dotless));
        Assert.Equal(["i69.351", "G801"], claim.Diagnoses.Select(d => d.AsSent));
        Assert.Equal(CareSetting.Practitioner, claim.Setting);
        Assert.Equal(ClaimRequestReader.DefaultPayer, claim.Payer);
    }

    [Fact]
    public void Line_number_defaults_to_position_and_date_to_the_claims()
    {
        var claim = Read(Claim($$"""{{ValidLine}}, { "lineNumber": 7, "code": "64645", "units": 1, "dateOfService": "2025-03-15" }""")).Claim!;

        Assert.Equal(1, claim.Lines[0].LineNumber);
        Assert.Equal(new DateOnly(2025, 3, 14), claim.Lines[0].DateOfService);
        Assert.Equal(7, claim.Lines[1].LineNumber);
        Assert.Equal(new DateOnly(2025, 3, 15), claim.Lines[1].DateOfService);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"claimId\": ")]
    [InlineData("")]
    public void Body_that_is_not_json_is_rejected_at_the_root_or_where_reading_stopped(string body)
    {
        var error = Assert.Single(Read(body).Errors);

        Assert.StartsWith("The body is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { (byte)'\\', (byte)'u', (byte)'D', (byte)'8', (byte)'0', (byte)'0' })]
    public void String_that_is_not_text_is_named_as_such(byte[] value)
    {
        byte[] body = [.. "{ \"claimId\": \"C"u8, .. value, .. "\", \"dateOfService\": \"2025-03-14\", \"lines\": [] }"u8];

        var error = Assert.Single(ClaimRequestReader.Read(body, [ClaimRequestReader.DefaultPayer]).Errors);

        Assert.Equal("$.claimId", error.Path);
        Assert.Contains("is not valid text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_null_is_rejected()
    {
        Assert.Equal(["$"], ErrorPaths(Read("null")));
    }

    [Theory]
    [InlineData("""{ "claimId": 5, "dateOfService": "2025-03-14", "lines": [ { "code": "64644", "units": 1 } ] }""", "$.claimId", "a string")]
    [InlineData("""{ "claimId": "C", "dateOfService": "2025-03-14", "lines": [ { "code": "64644", "units": "1" } ] }""", "$.lines[0].units", "a whole number")]
    [InlineData("""{ "claimId": "C", "dateOfService": "2025-03-14", "lines": [ { "code": "64644", "units": 1.5 } ] }""", "$.lines[0].units", "a whole number")]
    [InlineData("""{ "claimId": "C", "dateOfService": "2025-03-14", "lines": [ { "code": "64644", "units": 99999999999 } ] }""", "$.lines[0].units", "a whole number")]
    [InlineData("""{ "claimId": "C", "dateOfService": "2025-03-14", "lines": {} }""", "$.lines", "an array")]
    [InlineData("""{ "claimId": "C", "dateOfService": "2025-03-14", "lines": [ 7 ] }""", "$.lines[0]", "an object")]
    public void Wrong_json_type_names_the_field_and_the_expected_type(string json, string path, string expected)
    {
        var error = Assert.Single(Read(json).Errors);

        Assert.Equal(path, error.Path);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_of_the_wrong_type_is_named_at_once()
    {
        var result = Read("""{ "claimId": 5, "dateOfService": 20250314, "lines": [ { "code": "64644", "units": "1" }, 7, { "code": 64645, "units": 1 } ] }""");

        Assert.Null(result.Claim);
        Assert.Equal(["$.claimId", "$.dateOfService", "$.lines[0].units", "$.lines[1]", "$.lines[2].code"], ErrorPaths(result));
        Assert.All(result.Errors, e => Assert.Contains("has the wrong JSON type", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_type_does_not_hide_the_fields_that_read_but_break_the_contract()
    {
        var result = Read("""{ "claimId": "", "dateOfService": "2025-02-30", "lines": [ { "code": "64644", "units": "1" }, { "units": 0 } ] }""");

        Assert.Equal(["$.lines[0].units", "$.claimId", "$.dateOfService", "$.lines[1].code", "$.lines[1].units"], ErrorPaths(result));
    }

    [Fact]
    public void A_wrong_element_in_a_list_of_numbers_is_named_once()
    {
        var result = Read(Claim("""{ "code": "64644", "units": 1, "diagnosisPointers": [1, "2", "x"] }"""));

        Assert.Equal(["$.lines[0].diagnosisPointers[1]"], ErrorPaths(result));
    }

    [Fact]
    public void A_repeated_property_beside_a_wrong_type_keeps_the_first_error()
    {
        var result = Read("""{ "claimId": "C", "claimId": "D", "dateOfService": "2025-03-14", "lines": [ { "code": "64644", "units": "1", "units": 2 }, { "code": 5, "units": 1 } ] }""");

        Assert.Equal(["$.lines[0].units"], ErrorPaths(result));
    }

    [Fact]
    public void Invalid_UTF_8_in_an_ignored_property_name_beside_a_wrong_type_keeps_the_first_error()
    {
        // Found by afl++ (scripts/fuzz.sh): System.Text.Json skips the name undecoded, a document decodes it and threw.
        byte[] body = [.. """{ "claimId": "C", "dateOfService": "2025-03-14", "pri"""u8, 0x8D, .. """rTreatmentDate": "x", "lines": [ { "lineNumber": "1", "code": "64644", "units": 1 } ] }"""u8];

        var result = ClaimRequestReader.Read(body, [ClaimRequestReader.DefaultPayer]);

        Assert.Equal(["$.lines[0].lineNumber"], ErrorPaths(result));
    }

    [Fact]
    public void A_body_broken_after_a_wrong_type_is_answered_with_the_first_error()
    {
        var result = Read("""{ "claimId": 5, "dateOfService": "2025-03-14", "lines": [ { "code": "64644", "units": 1 } """);

        Assert.Equal(["$.claimId"], ErrorPaths(result));
    }

    [Fact]
    public void Every_missing_required_field_is_named_at_once()
    {
        var result = Read("""{ "lines": [ { "modifiers": [] }, { "code": "", "units": 0 } ] }""");

        Assert.Null(result.Claim);
        Assert.Equal(
            ["$.claimId", "$.dateOfService", "$.lines[0].code", "$.lines[0].units", "$.lines[1].code", "$.lines[1].units"],
            ErrorPaths(result));
    }

    [Fact]
    public void Missing_lines_is_named()
    {
        Assert.Equal(["$.lines"], ErrorPaths(Read("""{ "claimId": "C", "dateOfService": "2025-03-14" }""")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(451)]
    public void Line_count_outside_1_to_450_is_rejected(int count)
    {
        var lines = string.Join(", ", Enumerable.Repeat(ValidLine, count));

        var error = Assert.Single(Read(Claim(lines)).Errors);
        Assert.Equal("$.lines", error.Path);
        Assert.Contains($"this one has {count}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_450_lines_are_accepted()
    {
        var lines = string.Join(", ", Enumerable.Repeat(ValidLine, 450));

        Assert.Equal(450, Read(Claim(lines)).Claim!.Lines.Count);
    }

    [Theory]
    [InlineData("""{ "claimId": "", "dateOfService": "2025-03-14", "lines": [ {"code": "64644", "units": 1} ] }""", "$.claimId")]
    [InlineData("""{ "claimId": "C", "dateOfService": "2025-02-30", "lines": [ {"code": "64644", "units": 1} ] }""", "$.dateOfService")]
    [InlineData("""{ "claimId": "C", "dateOfService": "03/14/2025", "lines": [ {"code": "64644", "units": 1} ] }""", "$.dateOfService")]
    [InlineData("""{ "claimId": "C", "dateOfService": "2025-03-14", "priorTreatmentDate": "2024-13-01", "lines": [ {"code": "64644", "units": 1} ] }""", "$.priorTreatmentDate")]
    [InlineData("""{ "claimId": "C", "dateOfService": "2025-03-14", "lines": [ {"code": "64644", "units": 1, "dateOfService": "x"} ] }""", "$.lines[0].dateOfService")]
    [InlineData("""{ "claimId": "C", "dateOfService": "2025-03-14", "lines": [ {"code": "64644", "units": 1, "modifiers": ["RT","59","XS","XU","GA"]} ] }""", "$.lines[0].modifiers")]
    [InlineData("""{ "claimId": "C", "dateOfService": "2025-03-14", "lines": [ {"code": "64644", "units": 1, "extremities": [ {"limb": "arm", "muscleCount": 5} ]} ] }""", "$.lines[0].extremities[0].limb")]
    [InlineData("""{ "claimId": "C", "dateOfService": "2025-03-14", "lines": [ {"code": "64644", "units": 1, "extremities": [ {"limb": "rue", "muscleCount": 0} ]} ] }""", "$.lines[0].extremities[0].muscleCount")]
    [InlineData("""{ "claimId": "C", "dateOfService": "2025-03-14", "lines": [ {"code": "64644", "units": 1, "extremities": [ {"limb": "rue"} ]} ] }""", "$.lines[0].extremities[0].muscleCount")]
    [InlineData("""{ "claimId": "C", "dateOfService": "2025-03-14", "lines": [ {"code": "J0585", "units": 1, "administeredAmount": 0} ] }""", "$.lines[0].administeredAmount")]
    [InlineData("""{ "claimId": "C", "dateOfService": "2025-03-14", "lines": [ {"code": "J0585", "units": 1, "administeredAmount": -5} ] }""", "$.lines[0].administeredAmount")]
    [InlineData("""{ "claimId": "C", "dateOfService": "2025-03-14", "setting": "hospital", "lines": [ {"code": "64644", "units": 1} ] }""", "$.setting")]
    [InlineData("""{ "claimId": "C", "dateOfService": "2025-03-14", "payer": "aetna", "lines": [ {"code": "64644", "units": 1} ] }""", "$.payer")]
    public void Contract_400_cases_name_the_field(string json, string path)
    {
        Assert.Equal([path], ErrorPaths(Read(json)));
    }

    [Fact]
    public void Claim_id_of_65_characters_is_rejected_and_64_accepted()
    {
        Assert.Equal(["$.claimId"], ErrorPaths(Read(Claim().Replace("\"C1\"", $"\"{new string('x', 65)}\"", StringComparison.Ordinal))));
        Assert.NotNull(Read(Claim().Replace("\"C1\"", $"\"{new string('x', 64)}\"", StringComparison.Ordinal)).Claim);
    }

    [Fact]
    public void Claim_id_length_counts_characters_not_UTF_16_code_units()
    {
        Assert.NotNull(Read(Claim().Replace("\"C1\"", $"\"{string.Concat(Enumerable.Repeat("😀", 64))}\"", StringComparison.Ordinal)).Claim);
        var error = Assert.Single(Read(Claim().Replace("\"C1\"", $"\"{string.Concat(Enumerable.Repeat("😀", 65))}\"", StringComparison.Ordinal)).Errors);
        Assert.Equal("claimId must be 1–64 characters long; it has 65.", error.Message);
    }

    [Theory]
    [InlineData("1961-02-30")]
    [InlineData("02/03/1961")]
    public void An_invalid_birth_date_is_named_without_repeating_it(string birthDate)
    {
        var error = Assert.Single(Read(Claim(extra: $$""" "patient": { "id": "PAT-778", "birthDate": "{{birthDate}}" }, """)).Errors);

        Assert.Equal("$.patient.birthDate", error.Path);
        Assert.DoesNotContain(birthDate, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e-30")]
    [InlineData("1e29")]
    [InlineData("1e400")]
    public void A_positive_administered_amount_beyond_decimal_is_a_coding_question_not_a_400(string amount)
    {
        var claim = Read(Claim($$"""{ "code": "J0585", "units": 1, "modifiers": ["JZ"], "administeredAmount": {{amount}} }""")).Claim;

        Assert.True(Assert.IsType<Claim>(claim).Lines[0].AdministeredAmount > 0);
    }

    [Theory]
    [InlineData("-1e400")]
    [InlineData("-1e-30")]
    [InlineData("0e5")]
    public void A_non_positive_administered_amount_beyond_decimal_stays_a_400(string amount)
    {
        Assert.Equal(["$.lines[0].administeredAmount"], ErrorPaths(Read(Claim($$"""{ "code": "J0585", "units": 1, "administeredAmount": {{amount}} }"""))));
    }

    [Fact]
    public void Unknown_payer_names_the_known_profiles()
    {
        var error = Assert.Single(Read(Claim(extra: """ "payer": "aetna", """)).Errors);

        Assert.Contains("known profiles: medicare", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "code": "6464", "units": 1 }""")]
    [InlineData("""{ "code": "64644", "units": 1, "modifiers": ["R"] }""")]
    public void Coding_questions_are_not_400s(string line)
    {
        Assert.NotNull(Read(Claim(line)).Claim);
    }

    [Fact]
    public void Unknown_properties_are_ignored_and_enums_are_case_insensitive()
    {
        var result = Read(Claim("""{ "code": "64644", "units": 1, "color": "blue", "extremities": [ { "limb": "RUE", "muscleCount": 6 } ] }""", """ "setting": "ASC", "foo": [1,2], """));

        Assert.Equal(CareSetting.Asc, result.Claim!.Setting);
        Assert.Equal(Limb.Rue, result.Claim.Lines[0].Extremities[0].Limb);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{ \"a\": ", "}")]
    public void Nesting_deeper_than_the_cap_is_a_400_not_a_crash(string open, string close)
    {
        var deep = string.Concat(Enumerable.Repeat(open, 5000)) + "1" + string.Concat(Enumerable.Repeat(close, 5000));

        var error = Assert.Single(Read(Claim(extra: $""" "foo": {deep}, """)).Errors);
        Assert.Equal("The body nests objects or arrays more than 32 levels deep.", error.Message);
        Assert.StartsWith("$.foo", error.Path, StringComparison.Ordinal);
    }
}
