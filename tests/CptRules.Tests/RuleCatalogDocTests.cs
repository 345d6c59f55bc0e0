namespace CptRules.Tests;

/// <summary>docs/rules.md is the catalog billers read: it must name every rule that runs, and only those.</summary>
public class RuleCatalogDocTests
{
    [Fact]
    public void Docs_rule_catalog_lists_exactly_the_rules_that_run()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules.md"));
        var documented = doc.Split('\n')
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| ID", StringComparison.Ordinal) && !l.StartsWith("|---", StringComparison.Ordinal))
            .Select(l => l.Split('|')[1].Trim())
            .ToList();

        Assert.Equal(Engine.Scrubber.Rules.Select(r => r.Id), documented);
        Assert.All(Engine.Scrubber.Rules, r => Assert.Contains($"| {r.Id} | {r.Severity.ToString().ToLowerInvariant()} |", doc, StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CptRules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CptRules.sln not found above the test binaries.");
    }
}
