using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace CptRules.Api.Tests;

public partial class MetricsTests
{
    [Fact]
    public async Task Validation_counters_move_when_claims_are_validated()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        (await client.PostClaimAsync(SampleClaims.ContractFailingExample)).Dispose();
        var first = await ScrapeAsync(client);
        (await client.PostClaimAsync(SampleClaims.ContractFailingExample)).Dispose();
        var second = await ScrapeAsync(client);

        // At least, not exactly: the meter listener is process-wide, so hosts of tests running alongside add to it.
        Assert.True(Sample(first, "cptrules_validations_total", "outcome=\"fail\"") >= 1, first);
        Assert.True(Sample(second, "cptrules_validations_total", "outcome=\"fail\"") > Sample(first, "cptrules_validations_total", "outcome=\"fail\""), second);
        Assert.True(
            Sample(second, "cptrules_findings_total", "rule_id=\"ADDON-WITHOUT-PRIMARY\"") > Sample(first, "cptrules_findings_total", "rule_id=\"ADDON-WITHOUT-PRIMARY\""),
            second);
        Assert.Matches(RequestDurationOfValidate(), await ScrapeUntilAsync(client, RequestDurationOfValidate().IsMatch));
    }

    [Fact]
    public async Task Batch_lines_are_counted_like_single_claims()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();
        var before = Sample(await ScrapeAsync(client), "cptrules_validations_total", "outcome=\"pass\"");

        var ndjson = SampleClaims.ContractExample.ReplaceLineEndings(" ") + "\n" + SampleClaims.ContractExample.ReplaceLineEndings(" ") + "\n";
        using var content = new StringContent(ndjson, System.Text.Encoding.UTF8, "application/x-ndjson");
        (await client.PostAsync(new Uri("/validate/batch", UriKind.Relative), content)).Dispose();

        var after = Sample(await ScrapeAsync(client), "cptrules_validations_total", "outcome=\"pass\"");
        Assert.True(after >= before + 2, $"{before} -> {after}");
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    // ASP.NET Core records a request's duration as the request ends on the server, which a loaded machine may do
    // only after the client has its answer and scraped again.
    private static async Task<string> ScrapeUntilAsync(HttpClient client, Func<string, bool> shows)
    {
        var exposition = await ScrapeAsync(client);
        for (var attempt = 0; attempt < 50 && !shows(exposition); attempt++)
        {
            await Task.Delay(100);
            exposition = await ScrapeAsync(client);
        }

        return exposition;
    }

    [GeneratedRegex(@"(?m)^http_server_request_duration_seconds_count\{[^}]*http_route=""/validate""")]
    private static partial Regex RequestDurationOfValidate();

    /// <summary>The value of the Prometheus sample of <paramref name="metric"/> whose labels hold <paramref name="label"/>; 0 when absent.</summary>
    private static double Sample(string exposition, string metric, string label) =>
        SampleLine().Matches(exposition)
            .Where(m => m.Groups["name"].Value == metric && m.Groups["labels"].Value.Contains(label, StringComparison.Ordinal))
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?m)^(?<name>[a-z_]+)\{(?<labels>[^}]*)\} (?<value>[0-9.eE+-]+)")]
    private static partial Regex SampleLine();
}
