using BenchmarkDotNet.Attributes;
using CptRules.Claims;
using CptRules.Findings;
using CptRules.ReferenceData;

namespace CptRules.Benchmarks;

/// <summary>The rule engine alone: <see cref="ClaimScrubber.Validate"/> on claims already read from JSON.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class EngineBenchmarks
{
    private ClaimScrubber _scrubber = null!;
    private Claim _typical = null!;
    private Claim _halfErrors = null!;
    private Claim _allErrors = null!;
    private Claim _large = null!;
    private Claim _largeClean = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scrubber = new ClaimScrubber(ReferenceDataSet.Load(ReferenceDataSet.DefaultDirectory));
        _typical = SampleClaims.Typical();
        _halfErrors = SampleClaims.HalfErrors();
        _allErrors = SampleClaims.AllErrors();
        _large = SampleClaims.Large();
        _largeClean = SampleClaims.LargeClean();

        // A "clean" benchmark that quietly produced findings would measure the wrong path.
        RequireClean(_typical);
        RequireClean(_largeClean);

        RequireErrorsOnLines(_halfErrors, 2);
        RequireErrorsOnLines(_allErrors, _allErrors.Lines.Count);
    }

    [Benchmark(Baseline = true)]
    public ValidationReport TypicalClean() => _scrubber.Validate(_typical);

    [Benchmark]
    public ValidationReport HalfErrors() => _scrubber.Validate(_halfErrors);

    [Benchmark]
    public ValidationReport AllErrors() => _scrubber.Validate(_allErrors);

    [Benchmark]
    public ValidationReport Large450LinesClean() => _scrubber.Validate(_largeClean);

    [Benchmark]
    public ValidationReport Large450LinesMixed() => _scrubber.Validate(_large);

    private void RequireClean(Claim claim)
    {
        var report = _scrubber.Validate(claim);
        if (report.Outcome != Outcome.Pass || report.Findings.Count != 0)
        {
            throw new InvalidOperationException(
                $"Claim {claim.ClaimId} no longer validates clean: " + string.Join("; ", report.Findings.Select(f => $"{f.RuleId} {f.Pointer}")));
        }
    }

    private void RequireErrorsOnLines(Claim claim, int expectedLines)
    {
        var report = _scrubber.Validate(claim);
        var faulty = report.Findings.Where(f => f.LineNumber is not null).Select(f => f.LineNumber).Distinct().Count();
        if (faulty != expectedLines)
        {
            throw new InvalidOperationException(
                $"Claim {claim.ClaimId} should have findings on {expectedLines} lines, not {faulty}: "
                + string.Join("; ", report.Findings.Select(f => $"{f.RuleId} {f.Pointer}")));
        }
    }
}
