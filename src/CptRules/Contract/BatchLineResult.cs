using CptRules.Findings;

namespace CptRules.Contract;

/// <summary>Why one line of a batch has no report: the same title, detail and field errors a single 400 would carry.</summary>
public sealed record BatchLineProblem(string Title, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null);

/// <summary>
/// One line of the NDJSON answer to POST /validate/batch, for the input line `line` (1-based).
/// `status` is what POST /validate would have answered: 200 with `result`, or 400/413 with
/// `problem`.
/// </summary>
public sealed record BatchLineResult(long Line, int Status, ValidationReport? Result, BatchLineProblem? Problem)
{
    public static BatchLineResult Invalid(long line, IReadOnlyList<RequestError> errors)
    {
        var byPath = errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        return new(line, 400, null, new BatchLineProblem("The line cannot be read as a claim.", $"Fix the fields named in 'errors': {string.Join(", ", byPath.Keys)}.", byPath));
    }
}
