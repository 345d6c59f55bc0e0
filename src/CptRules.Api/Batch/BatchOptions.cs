namespace CptRules.Api.Batch;

/// <summary>Limits of POST /validate/batch (configuration section <c>CptRules:Batch</c>).</summary>
public sealed class BatchOptions
{
    public const string Section = "CptRules:Batch";

    /// <summary>Claims read from one batch; the line after the last one gets a 413 result and reading stops.</summary>
    public int MaxClaims { get; set; } = 100_000;

    /// <summary>Bytes of one line (one claim); a longer line gets a 413 result and the stream goes on.</summary>
    public int MaxLineBytes { get; set; } = 1_048_576;
}
