using CptRules.Contract;
using CptRules.Findings;

namespace CptRules.Tests.Suggestions;

public class SuggestedLinesTests
{
    private static string Describe(IEnumerable<ClaimLineRequest> lines) =>
        string.Join(" + ", lines.Select(l =>
            $"{l.Code}{string.Concat((l.Modifiers ?? []).Select(m => "-" + m))}×{l.Units}" +
            (l.Extremities is null ? string.Empty : $"[{string.Join(",", l.Extremities.Select(e => $"{e!.Limb}:{e.MuscleCount}"))}]")));

    [Fact]
    public void Contract_failing_example_is_recoded_with_the_five_muscle_limb_as_base()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Line("64642", modifiers: ["RT"], limbs: ["rue:3"])
            .Line("64645", modifiers: ["LT"], limbs: ["lue:5"])
            .Toxin("J0585", 300, 300));

        Assert.NotNull(report.SuggestedLines);
        Assert.Equal("64644-LT×1[lue:5] + 64643-RT×1[rue:3] + J0585-JZ×300", Describe(report.SuggestedLines));
        Assert.Equal([1, 2, 3], report.SuggestedLines.Select(l => l.LineNumber!.Value));
    }

    [Fact]
    public void Worked_example_1_miscoded_as_64642_plus_64645_becomes_64644_plus_64643()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64642", "lue:3").Limbs("64645", "rue:6").Toxin("J0585", 200, 200));

        Assert.Equal("64644-RT×1[rue:6] + 64643-LT×1[lue:3] + J0585-JZ×200", Describe(report.SuggestedLines!));
    }

    [Fact]
    public void Two_base_codes_for_two_limbs_become_a_base_and_an_add_on()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Line("64642", modifiers: ["RT"], limbs: ["rue:2"])
            .Line("64642", modifiers: ["LT"], limbs: ["lue:4"])
            .Toxin("J0585", 100, 100));

        Assert.Equal("64642-LT×1[lue:4] + 64643-RT×1[rue:2] + J0585-JZ×100", Describe(report.SuggestedLines!));
    }

    [Fact]
    public void Toxin_units_follow_the_administered_amount()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("J0586", 500, ["JZ"], administered: 500));

        Assert.Equal("64644-RT×1[rue:6] + J0586-JZ×100", Describe(report.SuggestedLines!));
    }

    [Fact]
    public void Clean_claim_has_no_suggestion()
    {
        Assert.Null(Engine.Validate(ClaimBuilder.ContractExample()).SuggestedLines);
    }

    [Fact]
    public void No_suggestion_without_the_limbs_needed_to_recode()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64642").Limbs("64645", "lue:5").Toxin("J0585", 100, 100));

        Assert.Equal(Outcome.Fail, report.Outcome);
        Assert.Null(report.SuggestedLines);
    }

    [Fact]
    public void No_suggestion_when_the_same_limb_is_reported_twice()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Limbs("64645", "rue:5").Toxin("J0585", 100, 100));

        Assert.Null(report.SuggestedLines);
    }

    [Fact]
    public void Errors_the_recoding_cannot_fix_alone_give_no_suggestion()
    {
        // Only a diagnosis is wrong: recoding would change nothing.
        var report = Engine.Validate(ClaimBuilder.ContractExample().Diagnoses("G80"));

        Assert.Equal(Outcome.Fail, report.Outcome);
        Assert.Null(report.SuggestedLines);
    }

    [Fact]
    public void Repeated_line_numbers_do_not_hide_the_miscoded_limb_line()
    {
        // Every line says lineNumber 1: the toxin line, listed first, must not stand in for the 64645 line at fault.
        var claim = new ClaimBuilder()
            .Toxin("J0585", 300, 300)
            .Line("64642", modifiers: ["RT"], limbs: ["rue:3"])
            .Line("64645", modifiers: ["LT"], limbs: ["lue:5"])
            .Build();
        claim = claim with { Lines = [.. claim.Lines.Select(l => l with { LineNumber = 1 })] };

        var report = Engine.Scrubber.Validate(claim);

        Assert.Equal("J0585-JZ×300 + 64644-LT×1[lue:5] + 64643-RT×1[rue:3]", Describe(report.SuggestedLines!));
    }
}
