namespace CptRules.ReferenceData;

/// <summary>The policy numbers that are not in a CMS table (policy.csv), so that none of them is a constant in a rule.</summary>
public sealed record PolicyParameters(int MaximumExtremitiesPerSession, int MinimumDaysBetweenTreatments, DateOnly WastageModifiersFrom)
{
    internal static PolicyParameters Load(string path)
    {
        var table = CsvTable.Read(path, "name", "value", "source");
        var rows = table.Rows.ToDictionary(r => r.Text("name"));
        CsvRow Row(string name) => rows.TryGetValue(name, out var row)
            ? row
            : throw new ReferenceDataException(table.FileName, 0, $"the parameter '{name}' is missing");

        return new PolicyParameters(
            Row("max_extremities_per_session").Integer("value"),
            Row("minimum_days_between_treatments").Integer("value"),
            Row("wastage_modifier_from").Date("value"));
    }
}
