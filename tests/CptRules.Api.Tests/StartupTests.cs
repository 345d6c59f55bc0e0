namespace CptRules.Api.Tests;

public class StartupTests
{
    [Fact]
    public void Missing_reference_data_stops_start_up()
    {
        using var app = new CptRulesApplication(new() { ["CptRules:DataDirectory"] = Path.Combine(Path.GetTempPath(), "cptrules-no-such-directory") });

        // The entry point prints the file at fault and exits before building a host.
        Assert.ThrowsAny<Exception>(() => app.CreateClient());
    }
}
