using System.Text.Json;
using CptRules.ReferenceData;

namespace CptRules.Tests.Support;

/// <summary>
/// A copy of the shipped data set with rows added or a file replaced, for what the shipped extracts lack (an MAI 1
/// code, repeated PTP rows with different indicators) and for loading errors. Files are named by their manifest key
/// (e.g. <c>ptpPractitioner</c>), so the tests survive a quarterly release that renames the files.
/// </summary>
public sealed class CustomData
{
    private readonly Dictionary<string, List<string>> _appended = [];
    private readonly Dictionary<string, string> _replaced = [];

    public CustomData Append(string manifestKey, params string[] rows)
    {
        if (!_appended.TryGetValue(manifestKey, out var list))
        {
            _appended[manifestKey] = list = [];
        }

        list.AddRange(rows);
        return this;
    }

    public CustomData Replace(string manifestKey, string content)
    {
        _replaced[manifestKey] = content;
        return this;
    }

    public static string FileNameOf(string manifestKey)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(ReferenceDataSet.DefaultDirectory, ReferenceDataSet.ManifestFileName)));
        return manifest.RootElement.GetProperty("files").GetProperty(manifestKey).GetString()
            ?? throw new InvalidOperationException($"The manifest names no file for '{manifestKey}'.");
    }

    /// <summary>Loads the modified copy; the copy is deleted once loaded, since the data set holds everything in memory.</summary>
    public ReferenceDataSet Load()
    {
        var directory = Directory.CreateTempSubdirectory("cptrules-data-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(ReferenceDataSet.DefaultDirectory))
            {
                File.Copy(file, Path.Combine(directory.FullName, Path.GetFileName(file)));
            }

            foreach (var (key, content) in _replaced)
            {
                File.WriteAllText(Path.Combine(directory.FullName, FileNameOf(key)), content);
            }

            foreach (var (key, rows) in _appended)
            {
                var path = Path.Combine(directory.FullName, FileNameOf(key));
                var existing = File.ReadAllText(path);
                var separator = existing.EndsWith('\n') ? string.Empty : "\n";
                File.WriteAllText(path, existing + separator + string.Join("\n", rows) + "\n");
            }

            return ReferenceDataSet.Load(directory.FullName);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    public ClaimScrubber Scrubber() => new(Load());
}
