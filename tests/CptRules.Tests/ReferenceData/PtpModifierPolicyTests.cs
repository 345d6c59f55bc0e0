using CptRules.ReferenceData;

namespace CptRules.Tests.ReferenceData;

public class PtpModifierPolicyTests
{
    private const string Header = "value,role,meaning\n";

    [Fact]
    public void Shipped_file_lists_the_E_M_codes_and_the_modifier_roles_of_domain_rules_section_3()
    {
        var policy = Engine.Data.PtpModifiers;

        Assert.All(["99202", "99205", "99211", "99215", "G0463"], code => Assert.True(policy.IsEvaluationAndManagement(code), code));
        Assert.False(policy.IsEvaluationAndManagement("64612"));
        Assert.Equal(["25"], policy.ModifiersWith(PtpModifierRole.EvaluationAndManagement));
        Assert.Equal(["59", "XE", "XP", "XS", "XU"], policy.ModifiersWith(PtpModifierRole.Distinct));
        Assert.Equal(["58", "78", "79"], policy.ModifiersWith(PtpModifierRole.GlobalPeriod));
        Assert.Equal(["24", "27", "57", "91"], policy.ModifiersWith(PtpModifierRole.NeverBypasses));
        Assert.Equal(PtpModifierRole.RightSide, policy.RoleOf("RT"));
        Assert.Equal(PtpModifierRole.LeftSide, policy.RoleOf("LT"));
        Assert.Equal(29, policy.ModifiersWith(PtpModifierRole.Anatomic).Count);
        Assert.Equal(PtpModifierRole.None, policy.RoleOf("JZ"));
    }

    [Fact]
    public void Unknown_role_stops_loading_and_names_the_file_and_line()
    {
        var data = new CustomData().Replace("ptpModifiers", Header + "99213,em-code,visit\n25,em-modifier,visit\n59,bypass-all,distinct\n");

        var error = Assert.Throws<ReferenceDataException>(data.Load);

        Assert.Equal(CustomData.FileNameOf("ptpModifiers"), error.FileName);
        Assert.Equal(4, error.LineNumber);
        Assert.Contains("unknown role 'bypass-all'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Modifier_listed_twice_stops_loading()
    {
        var data = new CustomData().Replace("ptpModifiers", Header + "99213,em-code,visit\n25,em-modifier,visit\n59,distinct,distinct\n59,never,again\n");

        var error = Assert.Throws<ReferenceDataException>(data.Load);

        Assert.Equal(5, error.LineNumber);
        Assert.Contains("lists '59' a second time", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("595,distinct,too long\n", "is not a two-character modifier")]
    [InlineData("9921,em-code,too short\n", "is not a five-character E/M code")]
    public void Malformed_value_stops_loading(string row, string problem)
    {
        var data = new CustomData().Replace("ptpModifiers", Header + "99213,em-code,visit\n25,em-modifier,visit\n" + row);

        var error = Assert.Throws<ReferenceDataException>(data.Load);

        Assert.Equal(4, error.LineNumber);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_without_a_distinct_modifier_stops_loading()
    {
        var data = new CustomData().Replace("ptpModifiers", Header + "99213,em-code,visit\n25,em-modifier,visit\n");

        var error = Assert.Throws<ReferenceDataException>(data.Load);

        Assert.Contains("lists no 'distinct' modifier", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_with_only_a_header_stops_loading()
    {
        var data = new CustomData().Replace("ptpModifiers", Header);

        var error = Assert.Throws<ReferenceDataException>(data.Load);

        Assert.Equal(CustomData.FileNameOf("ptpModifiers"), error.FileName);
    }
}
