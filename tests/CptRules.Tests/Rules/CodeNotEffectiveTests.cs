using CptRules.Findings;
using CptRules.ReferenceData;
using CptRules.Rules;

namespace CptRules.Tests.Rules;

public class CodeNotEffectiveTests
{
    [Fact]
    public void Deleted_64613_names_its_end_date_and_its_replacement_64616()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64613").Toxin("J0585", 100, 100));

        var finding = Assert.Single(report.FindingsOf(RuleIds.CodeNotEffective));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(1, finding.LineNumber);
        Assert.Equal("/lines/0/code", finding.Pointer);
        Assert.Equal("64613 is not valid on 2025-03-14: it is valid through 2013-12-31; 64616 replaced it.", finding.Message);
        Assert.Equal("Bill 64616 instead of 64613.", finding.Suggestion);
    }

    [Fact]
    public void Deleted_64614_names_the_range_that_replaced_it()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("J0585", 100, ["JZ"], administered: 100).Line("64614"));

        var finding = Assert.Single(report.FindingsOf(RuleIds.CodeNotEffective));
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/code", finding.Pointer);
        Assert.Equal("64614 is not valid on 2025-03-14: it is valid through 2013-12-31; 64642–64647 replaced it.", finding.Message);
        Assert.Equal("Bill the one of 64642–64647 that describes the service instead of 64614.", finding.Suggestion);
    }

    [Theory]
    [InlineData("64613")]
    [InlineData("64614")]
    public void Deleted_code_is_valid_up_to_its_end_date(string code)
    {
        var report = Engine.Validate(new ClaimBuilder().On("2013-12-31").Line(code));

        Assert.Empty(report.FindingsOf(RuleIds.CodeNotEffective));
    }

    [Theory]
    [InlineData("64616", "64613")]
    [InlineData("64617", null)]
    [InlineData("64642", "64614")]
    [InlineData("64643", "64614")]
    [InlineData("64644", "64614")]
    [InlineData("64645", "64614")]
    [InlineData("64646", "64614")]
    [InlineData("64647", "64614")]
    public void Codes_of_2014_are_not_valid_before_2014_01_01(string code, string? predecessor)
    {
        var report = Engine.Validate(new ClaimBuilder().On("2013-12-31").Line(code));

        var finding = Assert.Single(report.FindingsOf(RuleIds.CodeNotEffective));
        Assert.Equal($"{code} is not valid on 2013-12-31: it is valid from 2014-01-01.", finding.Message);
        Assert.Equal(
            predecessor is null
                ? $"Check the date of service: {code} cannot be billed for services before 2014-01-01."
                : $"Check the date of service: before 2014-01-01 this service was billed as {predecessor}.",
            finding.Suggestion);
    }

    [Theory]
    [InlineData("64616")]
    [InlineData("64617")]
    [InlineData("64642")]
    [InlineData("64647")]
    public void Codes_of_2014_are_valid_from_2014_01_01(string code)
    {
        var report = Engine.Validate(new ClaimBuilder().On("2014-01-01").Line(code));

        Assert.Empty(report.FindingsOf(RuleIds.CodeNotEffective));
    }

    [Theory]
    [InlineData("J0586", "2009-12-31", "2010-01-01")]
    [InlineData("J0588", "2011-12-31", "2012-01-01")]
    [InlineData("J0589", "2024-03-31", "2024-04-01")]
    public void Toxin_codes_start_on_their_HCPCS_date_added(string code, string dayBefore, string start)
    {
        var before = Engine.Validate(new ClaimBuilder().On(dayBefore).Line(code, 10));
        var onStart = Engine.Validate(new ClaimBuilder().On(start).Line(code, 10));

        var finding = Assert.Single(before.FindingsOf(RuleIds.CodeNotEffective));
        Assert.Equal($"{code} is not valid on {dayBefore}: it is valid from {start}.", finding.Message);
        Assert.Equal($"Check the date of service: {code} cannot be billed for services before {start}.", finding.Suggestion);
        Assert.Empty(onStart.FindingsOf(RuleIds.CodeNotEffective));
    }

    [Fact]
    public void Line_is_judged_on_its_own_date_of_service()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .On("2025-03-14")
            .Line("64616")
            .Line("64613", dateOfService: "2013-06-01")
            .Line("64642", limbs: ["rue:3"], dateOfService: "2013-06-01"));

        var finding = Assert.Single(report.FindingsOf(RuleIds.CodeNotEffective));
        Assert.Equal(3, finding.LineNumber);
        Assert.StartsWith("64642 is not valid on 2013-06-01", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_without_dates_or_outside_the_catalog_is_not_checked()
    {
        var report = Engine.Validate(new ClaimBuilder().On("1999-01-01").Line("64612").Line("99999"));

        Assert.Empty(report.FindingsOf(RuleIds.CodeNotEffective));
    }

    [Fact]
    public void Catalog_links_deleted_codes_and_their_replacements_both_ways()
    {
        Assert.Equal(["64616"], Engine.Data.Codes.For("64613")!.ReplacedBy);
        Assert.Equal(["64613"], Engine.Data.Codes.For("64616")!.Replaces);
        Assert.Equal(["64614"], Engine.Data.Codes.For("64647")!.Replaces);
    }

    [Fact]
    public void Replacement_outside_the_catalog_stops_loading()
    {
        var data = new CustomData().Append("codeCatalog", "64600,other,Test code,,,,2013-12-31,64999");

        var error = Assert.Throws<ReferenceDataException>(data.Load);

        Assert.Equal(CustomData.FileNameOf("codeCatalog"), error.FileName);
        Assert.Contains("column 'replaced_by' names '64999', which the catalog does not list", error.Message, StringComparison.Ordinal);
    }
}
