using System.Globalization;
using System.Text.Json.Nodes;
using CptRules.Tests.Support;

namespace CptRules.Tests.Properties;

/// <summary>
/// What every 200 answer must satisfy whatever the claim (api-contract.md, Response 200), checked on the JSON as a
/// client reads it. CptRules.Api.Tests compiles this file too, to check the answers it gets over HTTP.
/// </summary>
public static class ReportInvariants
{
    private static readonly string[] Severities = ["error", "warning", "information"];

    /// <param name="request">The body as sent: pointers must resolve in it, line numbers must be its lines'.</param>
    public static void AssertConsistent(JsonNode? request, JsonNode? report)
    {
        Assert.NotNull(request);
        Assert.NotNull(report);
        Assert.Equal((string?)request["claimId"], (string?)report["claimId"]);

        var lineNumbers = LineNumbers(request);
        var findings = report["findings"]!.AsArray();
        var bySeverity = Severities.ToDictionary(s => s, _ => 0, StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            Assert.NotNull(finding);
            var ruleId = (string?)finding["ruleId"];
            Assert.False(string.IsNullOrEmpty(ruleId), $"A finding has no ruleId: {finding.ToJsonString()}");
            Assert.False(string.IsNullOrEmpty((string?)finding["message"]), $"{ruleId} has no message.");
            var severity = (string?)finding["severity"];
            Assert.Contains(severity, Severities);
            bySeverity[severity!]++;

            var pointer = (string?)finding["pointer"];
            Assert.NotNull(pointer);
            JsonPointer.AssertResolves(request, pointer);

            // The line a finding is about is the line its pointer is in; a claim-level finding points outside lines.
            var lineNumber = (int?)finding["lineNumber"];
            if (LineIndexOf(pointer) is { } index)
            {
                Assert.True(lineNumber == lineNumbers[index], $"{ruleId} points into line index {index} (line number {lineNumbers[index]}) but names line {lineNumber?.ToString(CultureInfo.InvariantCulture) ?? "none"}.");
            }
            else
            {
                Assert.True(lineNumber is null, $"{ruleId} points outside the lines ({pointer}) but names line {lineNumber}.");
            }
        }

        var counts = report["counts"]!;
        Assert.Equal(bySeverity["error"], (int)counts["error"]!);
        Assert.Equal(bySeverity["warning"], (int)counts["warning"]!);
        Assert.Equal(bySeverity["information"], (int)counts["information"]!);

        var expected = bySeverity["error"] > 0 ? "fail" : bySeverity["warning"] > 0 ? "pass-with-warnings" : "pass";
        Assert.Equal(expected, (string?)report["outcome"]);
    }

    /// <summary>Each line's number as the contract defines it: as sent, else its 1-based position.</summary>
    private static List<int> LineNumbers(JsonNode request) =>
        [.. request["lines"]!.AsArray().Select((line, i) => (int?)line!["lineNumber"] ?? i + 1)];

    private static int? LineIndexOf(string pointer)
    {
        const string Lines = "/lines/";
        if (!pointer.StartsWith(Lines, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = pointer.AsSpan(Lines.Length);
        var end = rest.IndexOf('/');
        return int.Parse(end < 0 ? rest : rest[..end], NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
