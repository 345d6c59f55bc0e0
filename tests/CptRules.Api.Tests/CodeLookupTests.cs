using System.Net;
using System.Text.Json.Nodes;

namespace CptRules.Api.Tests;

public class CodeLookupTests
{
    private static async Task<JsonNode> GetCodeAsync(string code)
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();
        return JsonNode.Parse(await client.GetStringAsync(new Uri($"/codes/{code}", UriKind.Relative)))!;
    }

    [Fact]
    public async Task Add_on_64645_lists_its_only_primary_and_its_indicators()
    {
        var code = await GetCodeAsync("64645");

        Assert.Equal("64645", (string?)code["code"]);
        Assert.Contains("5 or more muscles", (string?)code["descriptor"], StringComparison.Ordinal);
        Assert.True((bool)code["isAddOn"]!);
        Assert.Equal(["64644"], code["acceptablePrimaries"]!.AsArray().Select(p => (string?)p));
        Assert.Equal(3, (int)code["muePractitioner"]!["maximumUnits"]!);
        Assert.Equal(2, (int)code["muePractitioner"]!["mai"]!);
        Assert.Equal(3, (int)code["mueOutpatientHospital"]!["maximumUnits"]!);
        Assert.Equal(0, (int)code["feeSchedule"]!["professionalTechnicalIndicator"]!);
        Assert.Equal("ZZZ", (string?)code["feeSchedule"]!["globalDays"]);
        Assert.Equal(0, (int)code["feeSchedule"]!["bilateralIndicator"]!);
        Assert.Equal("2014-01-01", (string?)code["effectiveFrom"]);
        Assert.Null(code["drug"]);
    }

    [Fact]
    public async Task Base_code_lists_the_add_ons_it_carries()
    {
        var code = await GetCodeAsync("64644");

        Assert.False((bool)code["isAddOn"]!);
        Assert.Equal(["64643", "64645", "95873", "95874"], code["addOnCodes"]!.AsArray().Select(p => (string?)p));
        Assert.Equal(2, (int)code["feeSchedule"]!["multipleProcedureIndicator"]!);
    }

    [Fact]
    public async Task J_code_in_lower_case_describes_its_product_and_billing_unit()
    {
        var code = await GetCodeAsync("j0586");

        Assert.Equal("J0586", (string?)code["code"]);
        Assert.Equal(5, (int)code["drug"]!["billingUnitAmount"]!);
        Assert.Contains("Dysport", (string?)code["drug"]!["product"], StringComparison.Ordinal);
        Assert.Equal(1500, (int)code["drug"]!["labelMaximumPerSession"]!);
        Assert.Equal("2010-01-01", (string?)code["effectiveFrom"]);
        Assert.Equal(300, (int)code["muePractitioner"]!["maximumUnits"]!);
        Assert.Equal(3, (int)code["muePractitioner"]!["mai"]!);
    }

    [Fact]
    public async Task Deleted_code_shows_its_end_date()
    {
        var code = await GetCodeAsync("64614");

        Assert.Equal("2013-12-31", (string?)code["effectiveTo"]);
    }

    [Fact]
    public async Task Unknown_code_is_404_problem()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/codes/99999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.ContentType()?.MediaType);
        Assert.Contains("99999", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"], StringComparison.Ordinal);
    }
}
