using CptRules.Claims;

namespace CptRules.Rules.Ncci;

internal static class NcciTables
{
    /// <summary>The NCCI table a setting is judged by, named for messages: CMS applies the practitioner tables to ASC claims.</summary>
    public static string NameFor(CareSetting setting) => setting == CareSetting.OutpatientHospital ? "outpatient hospital" : "practitioner";
}
