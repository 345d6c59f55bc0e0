using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CptRules.Contract;
using CptRules.Findings;
using CptRules.ReferenceData;

namespace CptRules.Benchmarks;

/// <summary>The contract's JSON: reading the example request into a claim, and writing the report back.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class JsonBenchmarks
{
    private readonly string[] _payers = [ClaimRequestReader.DefaultPayer];
    private byte[] _request = null!;
    private ValidationReport _cleanReport = null!;
    private ValidationReport _errorReport = null!;

    [GlobalSetup]
    public void Setup()
    {
        _request = File.ReadAllBytes(SampleClaims.ExampleJsonPath);
        var scrubber = new ClaimScrubber(ReferenceDataSet.Load(ReferenceDataSet.DefaultDirectory));
        _cleanReport = scrubber.Validate(ClaimRequestReader.Read(_request, _payers).Claim
            ?? throw new InvalidOperationException("The contract example is not a readable claim."));
        _errorReport = scrubber.Validate(SampleClaims.AllErrors());
    }

    [Benchmark]
    public ClaimReadResult ReadContractExample() => ClaimRequestReader.Read(_request, _payers);

    [Benchmark]
    public byte[] WriteCleanReport() => JsonSerializer.SerializeToUtf8Bytes(_cleanReport, ContractJsonContext.Default.ValidationReport);

    [Benchmark]
    public byte[] WriteErrorReport() => JsonSerializer.SerializeToUtf8Bytes(_errorReport, ContractJsonContext.Default.ValidationReport);
}
