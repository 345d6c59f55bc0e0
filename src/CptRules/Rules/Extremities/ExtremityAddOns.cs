using CptRules.ReferenceData;

namespace CptRules.Rules.Extremities;

/// <summary>How a session's further extremities are reported: the add-on codes CMS accepts with a base code, for suggestions.</summary>
internal static class ExtremityAddOns
{
    /// <summary>E.g. "64643 (1–4 muscles) or 64645 (5 or more muscles)" for 64644; empty for a code without extremity add-ons.</summary>
    public static string DescribeFor(ReferenceDataSet data, string baseCode) =>
        string.Join(" or ", data.Codes.ExtremityCodes
            .Where(c => c.Kind == CodeKind.ExtremityAddOn && data.AddOnCodes.PrimariesOf(c.Code).Contains(baseCode))
            .Select(c => $"{c.Code} ({c.Muscles})"));
}
