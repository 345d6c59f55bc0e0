namespace CptRules.ReferenceData;

/// <summary>A reference data file is missing or malformed. The message names the file and the line.</summary>
public sealed class ReferenceDataException : Exception
{
    public ReferenceDataException(string fileName, int lineNumber, string problem)
        : base(lineNumber > 0
            ? $"Reference data file '{fileName}', line {lineNumber}: {problem}."
            : $"Reference data file '{fileName}': {problem}.")
    {
        FileName = fileName;
        LineNumber = lineNumber;
    }

    public ReferenceDataException()
    {
        FileName = string.Empty;
    }

    public ReferenceDataException(string message)
        : base(message)
    {
        FileName = string.Empty;
    }

    public ReferenceDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = string.Empty;
    }

    public string FileName { get; }

    public int LineNumber { get; }
}
