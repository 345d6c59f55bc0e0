using System.Collections.Frozen;

namespace CptRules.ReferenceData;

/// <summary>The CDC billable ICD-10-CM list of one fiscal year.</summary>
public sealed record BillableDiagnosisList(string FileName, DateOnly From, DateOnly To, FrozenSet<string> Codes)
{
    // Sorted once so that the codes under a category are one contiguous run, found by binary search.
    private readonly string[] _sorted = [.. Codes.Order(StringComparer.Ordinal)];

    /// <summary>The billable codes more specific than a dotless code (G513: G5131 … G5139); empty when it heads none.</summary>
    public IReadOnlyList<string> CodesUnder(string dotlessCode)
    {
        var found = Array.BinarySearch(_sorted, dotlessCode, StringComparer.Ordinal);
        var start = found >= 0 ? found + 1 : ~found;
        var end = start;
        while (end < _sorted.Length && _sorted[end].StartsWith(dotlessCode, StringComparison.Ordinal))
        {
            end++;
        }

        return new ArraySegment<string>(_sorted, start, end - start);
    }
}

/// <summary>A family of diagnoses that supports limb chemodenervation, matched on the dotless code's prefix.</summary>
public sealed record SupportingDiagnosisFamily(string CodePrefix, char? SeventhCharacter, string Family, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    public bool Matches(string dotlessCode, DateOnly dateOfService) =>
        dotlessCode.StartsWith(CodePrefix, StringComparison.Ordinal)
        && (SeventhCharacter is not { } seventh || (dotlessCode.Length == 7 && dotlessCode[6] == seventh))
        && IsValidOn(dateOfService);

    public bool IsValidOn(DateOnly dateOfService) =>
        (ValidFrom is null || dateOfService >= ValidFrom) && (ValidTo is null || dateOfService <= ValidTo);
}

public sealed class DiagnosisCatalog
{
    private readonly BillableDiagnosisList[] _billableLists;

    internal DiagnosisCatalog(BillableDiagnosisList[] billableLists, SupportingDiagnosisFamily[] supportingFamilies)
    {
        _billableLists = billableLists;
        SupportingFamilies = supportingFamilies;
    }

    public IReadOnlyList<SupportingDiagnosisFamily> SupportingFamilies { get; }

    /// <summary>The billable list in force on a date, or null outside the shipped fiscal years (then only the shape is checked).</summary>
    public BillableDiagnosisList? BillableListOn(DateOnly dateOfService)
    {
        foreach (var list in _billableLists)
        {
            if (dateOfService >= list.From && dateOfService <= list.To)
            {
                return list;
            }
        }

        return null;
    }

    public SupportingDiagnosisFamily? SupportingFamilyOf(string dotlessCode, DateOnly dateOfService)
    {
        // Indexed: asked for every limb line of every claim, where a foreach over the interface allocates.
        for (var i = 0; i < SupportingFamilies.Count; i++)
        {
            var family = SupportingFamilies[i];
            if (family.Matches(dotlessCode, dateOfService))
            {
                return family;
            }
        }

        return null;
    }

    internal static BillableDiagnosisList LoadBillableList(string path, DateOnly from, DateOnly to)
    {
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new ReferenceDataException(fileName, 0, $"the file is missing (looked for {path})");
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var code = line.Trim();
            if (code.Length is < 3 or > 7 || !code.All(char.IsAsciiLetterOrDigit))
            {
                throw new ReferenceDataException(fileName, lineNumber, $"'{code}' is not a dotless ICD-10-CM code");
            }

            codes.Add(code.ToUpperInvariant());
        }

        return new BillableDiagnosisList(fileName, from, to, codes.ToFrozenSet(StringComparer.Ordinal));
    }

    internal static SupportingDiagnosisFamily[] LoadFamilies(string path)
    {
        var table = CsvTable.Read(path, "code_prefix", "seventh_character", "family", "valid_from", "valid_to");
        return [.. table.Rows.Select(row =>
        {
            var seventh = row.OptionalText("seventh_character");
            if (seventh is { Length: not 1 })
            {
                throw row.Error("seventh_character", "must be a single character");
            }

            return new SupportingDiagnosisFamily(row.Code("code_prefix"), seventh?[0], row.Text("family"), row.OptionalDate("valid_from"), row.OptionalDate("valid_to"));
        })];
    }
}
