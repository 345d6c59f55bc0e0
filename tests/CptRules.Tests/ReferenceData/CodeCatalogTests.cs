using CptRules.ReferenceData;
using CptRules.Rules;

namespace CptRules.Tests.ReferenceData;

public class CodeCatalogTests
{
    [Theory]
    [InlineData("64642", CodeKind.ExtremityPrimary)]
    [InlineData("64643", CodeKind.ExtremityAddOn)]
    [InlineData("64644", CodeKind.ExtremityPrimary)]
    [InlineData("64645", CodeKind.ExtremityAddOn)]
    [InlineData("64646", CodeKind.Trunk)]
    [InlineData("64647", CodeKind.Trunk)]
    public void Limb_and_trunk_codes_64642_to_64647_are_limb_or_trunk_chemodenervation(string code, CodeKind kind)
    {
        var info = Engine.Data.Codes.For(code);

        Assert.NotNull(info);
        Assert.Equal(kind, info.Kind);
        Assert.True(info.IsLimbOrTrunk);
        Assert.True(info.IsChemodenervation);
    }

    [Theory]
    [InlineData("64612")]
    [InlineData("64615")]
    [InlineData("64616")]
    [InlineData("64617")]
    [InlineData("95874")]
    [InlineData("J0585")]
    public void Other_family_codes_are_not_limb_or_trunk(string code)
    {
        var info = Engine.Data.Codes.For(code);

        Assert.NotNull(info);
        Assert.False(info.IsLimbOrTrunk);
    }

    [Fact]
    public void Trunk_codes_are_not_extremity_codes_so_limb_rules_leave_them_alone()
    {
        var trunk = Engine.Data.Codes.For("64646");

        Assert.NotNull(trunk);
        Assert.False(trunk.IsExtremityCode);
        Assert.DoesNotContain(Engine.Data.Codes.ExtremityCodes, c => c.Code is "64646" or "64647");
        Assert.Empty(Engine.Validate(new ClaimBuilder().Line("64646").Toxin("J0585", 100, 100)).Findings);
    }

    [Theory]
    [InlineData("64646")]
    [InlineData("64647")]
    public void A_trunk_procedure_without_a_toxin_line_still_needs_the_drug(string code)
    {
        var report = Engine.Validate(new ClaimBuilder().Line(code));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugCodeRequired));
        Assert.Equal("/lines/0/code", finding.Pointer);
    }
}
