namespace CptRules.Api.Tests.Support;

/// <summary>
/// A test that drives Debian's Chromium. It is skipped only on a developer machine without /usr/bin/chromium; under CI
/// (where .ci/run installs it) it always runs, so a missing browser fails instead of passing silently.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"{ChromiumPath} is not installed (apt-get install chromium).";
        }
    }
}
