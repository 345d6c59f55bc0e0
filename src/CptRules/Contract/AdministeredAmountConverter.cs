using System.Text.Json;
using System.Text.Json.Serialization;

namespace CptRules.Contract;

/// <summary>
/// Reads any JSON number as an amount. The contract makes only an amount of 0 or less a 400, so a positive number
/// beyond decimal's range or precision saturates (to decimal's largest value, or its smallest positive one) and
/// reaches the drug rules as an absurd amount instead of failing as an unreadable one.
/// </summary>
public sealed class AdministeredAmountConverter : JsonConverter<decimal>
{
    private const decimal SmallestPositive = 0.0000000000000000000000000001m;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"The JSON value could not be converted to {typeof(decimal)}.");
        }

        // Beyond double's range, GetDouble answers an infinity: the sign is all that matters here.
        var approximately = reader.GetDouble();
        if (reader.TryGetDecimal(out var exact) && (exact != 0 || approximately == 0))
        {
            return exact;
        }

        return approximately switch
        {
            >= 1 => decimal.MaxValue,
            > 0 => SmallestPositive,
            <= -1 => decimal.MinValue,
            _ => -SmallestPositive,
        };
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
