using CptRules.Rules;

namespace CptRules.Tests.Rules;

public class ModifierInvalidTests
{
    [Theory]
    [InlineData("R")]
    [InlineData("RTX")]
    [InlineData("R-")]
    [InlineData("")]
    public void Modifier_that_is_not_two_letters_or_digits_fails_at_its_pointer(string modifier)
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64644", modifiers: ["RT", modifier], limbs: ["rue:6"]).Toxin("J0585", 100, 100));

        var finding = Assert.Single(report.FindingsOf(RuleIds.ModifierInvalid));
        Assert.Equal("/lines/0/modifiers/1", finding.Pointer);
        Assert.Contains("is not a modifier", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rt")]
    [InlineData("59")]
    [InlineData("XS")]
    [InlineData("JZ")]
    public void Two_letters_or_digits_pass(string modifier)
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64644", modifiers: [modifier], limbs: ["rue:6"]).Toxin("J0585", 100, 100));

        Assert.Empty(report.FindingsOf(RuleIds.ModifierInvalid));
    }
}
