namespace CptRules.ReferenceData;

/// <summary>
/// A small reader for the CMS extract CSVs: a header row, comma-separated fields, optional double quotes.
/// Every error names the file and the line, because a bad quarterly file must stop start-up loudly.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string fileName, Dictionary<string, int> columns, List<CsvRow> rows)
    {
        FileName = fileName;
        _columns = columns;
        Rows = rows;
    }

    public string FileName { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public static CsvTable Read(string path, params string[] requiredColumns)
    {
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new ReferenceDataException(fileName, 0, $"the file is missing (looked for {path})");
        }

        using var reader = new StreamReader(path);
        var header = reader.ReadLine() ?? throw new ReferenceDataException(fileName, 1, "the file is empty");
        var headerFields = Split(header, fileName, 1);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headerFields.Length; i++)
        {
            columns[headerFields[i].Trim()] = i;
        }

        foreach (var required in requiredColumns)
        {
            if (!columns.ContainsKey(required))
            {
                throw new ReferenceDataException(fileName, 1, $"the header lacks the column '{required}'");
            }
        }

        var rows = new List<CsvRow>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Split(line, fileName, lineNumber);
            if (fields.Length != headerFields.Length)
            {
                throw new ReferenceDataException(fileName, lineNumber, $"expected {headerFields.Length} fields, found {fields.Length}");
            }

            rows.Add(new CsvRow(fileName, lineNumber, fields, columns));
        }

        return new CsvTable(fileName, columns, rows);
    }

    private static string[] Split(string line, string fileName, int lineNumber)
    {
        if (!line.Contains('"', StringComparison.Ordinal))
        {
            return line.Split(',');
        }

        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        if (quoted)
        {
            throw new ReferenceDataException(fileName, lineNumber, "a quoted field is not closed");
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}

/// <summary>One data row; the typed getters turn a bad value into an error that names file, line and column.</summary>
internal sealed class CsvRow(string fileName, int lineNumber, string[] fields, Dictionary<string, int> columns)
{
    public int LineNumber => lineNumber;

    public string Text(string column) => fields[columns[column]].Trim();

    public string Code(string column)
    {
        var value = Text(column).ToUpperInvariant();
        if (value.Length == 0)
        {
            throw Error(column, "is empty");
        }

        return value;
    }

    public string? OptionalText(string column)
    {
        var value = Text(column);
        return value.Length == 0 || value.Equals("nan", StringComparison.OrdinalIgnoreCase) ? null : value;
    }

    public int Integer(string column) =>
        int.TryParse(Text(column), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"is not a whole number: '{Text(column)}'");

    public int? OptionalInteger(string column) => OptionalText(column) is null ? null : Integer(column);

    /// <summary>The fee-schedule file writes its indicators as decimals ("2.0").</summary>
    public int Indicator(string column) =>
        decimal.TryParse(Text(column), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value)
        && value == decimal.Truncate(value)
            ? (int)value
            : throw Error(column, $"is not an indicator value: '{Text(column)}'");

    public DateOnly? OptionalDate(string column) => OptionalText(column) is { } text ? ParseDate(column, text) : null;

    public DateOnly Date(string column) => ParseDate(column, Text(column));

    public ReferenceDataException Error(string column, string problem) =>
        new(fileName, lineNumber, $"column '{column}' {problem}");

    private DateOnly ParseDate(string column, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw Error(column, $"is not a yyyy-MM-dd date: '{text}'");
}
