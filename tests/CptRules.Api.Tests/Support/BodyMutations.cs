using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CptRules.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;

namespace CptRules.Api.Tests.Support;

/// <summary>A body made by damaging valid claim JSON; prints the damage done and the bytes, to replay a failure.</summary>
public sealed class MutatedBody(byte[] bytes, IReadOnlyList<string> mutations)
{
    public byte[] Bytes { get; } = bytes;

    public override string ToString() =>
        $"{string.Join("; ", mutations)}{Environment.NewLine}base64: {Convert.ToBase64String(Bytes)}{Environment.NewLine}as UTF-8: {Encoding.UTF8.GetString(Bytes)}";
}

/// <summary>
/// What a buggy or hostile client does to a claim: flips bytes, cuts the body short, drops a span, inserts stray tokens
/// (syntax, huge numbers, lone surrogates, invalid UTF-8, deep nesting) and swaps a value for one of another JSON type.
/// Some of the results are still a readable claim, so the answer may be 200 as well as 4xx.
/// </summary>
public static class BodyMutations
{
    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "-", "-0", "1e999", "99999999999999999999", "0.0000000000000000000000000001",
        "\"\\u0000\"", "\\", "\"\\ud800\"", "NaN", "Infinity", "/* */", "\"lines\":", "\"units\":", "\u00e9", "\U0001F489",
        new('[', 200), string.Concat(Enumerable.Repeat("{\"a\":", 100)),
    ];

    // Bytes that are never valid UTF-8 where they land (a stray continuation byte, an unfinished lead byte) and a BOM.
    private static readonly byte[][] RawBytes = [[0xFF], [0xC3], [0x80], [0xEF, 0xBB, 0xBF], [0x00]];

    private static readonly string[] Replacements =
    [
        "null", "true", "false", "0", "-1", "1.5", "2147483648", "1e400", "\"\"", "\"x\"", "\"2025-02-30\"", "[]", "[null]", "{}", "{\"a\":1}",
    ];

    private delegate (byte[] Bytes, string Description) Mutation(byte[] body);

    public static Arbitrary<MutatedBody> Arbitrary { get; } = Arb.From(Bodies());

    private static Gen<MutatedBody> Bodies() =>
        from original in Gen.Frequency(
            (3, ClaimGenerators.Claims().Select(claim => claim.Utf8Json())),
            (1, Gen.Constant(Encoding.UTF8.GetBytes(SampleClaims.ContractExample))))
        from count in Gen.Choose(1, 4)
        from mutations in Gen.ListOf(Mutations(), count)
        select Apply(original, mutations);

    private static MutatedBody Apply(byte[] original, IEnumerable<Mutation> mutations)
    {
        var body = original;
        var done = new List<string>();
        foreach (var mutate in mutations)
        {
            (body, var description) = mutate(body);
            done.Add(description);
        }

        return new MutatedBody(body, done);
    }

    // Positions are drawn as plain numbers and reduced modulo the body's length when applied, since earlier mutations
    // change that length.
    private static Gen<Mutation> Mutations() => Gen.Frequency(
        (3, from at in Gen.Choose(0, int.MaxValue)
            from value in Gen.Choose(0, 255)
            select (Mutation)(body => Flip(body, at, (byte)value))),
        (1, from at in Gen.Choose(0, int.MaxValue)
            select (Mutation)(body => Truncate(body, at))),
        (1, from at in Gen.Choose(0, int.MaxValue)
            from length in Gen.Choose(1, 16)
            select (Mutation)(body => Delete(body, at, length))),
        (3, from at in Gen.Choose(0, int.MaxValue)
            from token in Gen.Frequency((4, Gen.Elements(Tokens).Select(Encoding.UTF8.GetBytes)), (1, Gen.Elements(RawBytes)))
            select (Mutation)(body => Insert(body, at, token))),
        (3, from at in Gen.Choose(0, int.MaxValue)
            from replacement in Gen.Elements(Replacements)
            select (Mutation)(body => SwapType(body, at, replacement))));

    private static (byte[], string) Flip(byte[] body, int at, byte value)
    {
        if (body.Length == 0)
        {
            return (body, "flip: empty body");
        }

        var copy = (byte[])body.Clone();
        at %= copy.Length;
        copy[at] = value;
        return (copy, $"byte {at} := 0x{value:X2}");
    }

    private static (byte[], string) Truncate(byte[] body, int at)
    {
        at %= body.Length + 1;
        return (body[..at], $"truncated to {at} bytes");
    }

    private static (byte[], string) Delete(byte[] body, int at, int length)
    {
        at %= body.Length + 1;
        length = Math.Min(length, body.Length - at);
        return ([.. body[..at], .. body[(at + length)..]], $"deleted {length} bytes at {at}");
    }

    private static (byte[], string) Insert(byte[] body, int at, byte[] token)
    {
        at %= body.Length + 1;
        return ([.. body[..at], .. token, .. body[at..]], $"inserted {Convert.ToHexString(token[..Math.Min(token.Length, 8)])}{(token.Length > 8 ? $"… ({token.Length} bytes)" : string.Empty)} at {at}");
    }

    /// <summary>Replaces one value of the document (any depth, the root included) with a value of another JSON type.</summary>
    private static (byte[], string) SwapType(byte[] body, int at, string replacement)
    {
        try
        {
            var root = JsonNode.Parse(body);
            var slots = new List<(string Path, Action<JsonNode?> Set)> { ("$", value => root = value) };
            var pending = new Queue<JsonNode?>([root]);
            while (pending.TryDequeue(out var node))
            {
                switch (node)
                {
                    case JsonObject obj:
                        foreach (var (name, child) in obj.ToList())
                        {
                            slots.Add(($"{obj.GetPath()}.{name}", value => obj[name] = value));
                            pending.Enqueue(child);
                        }

                        break;
                    case JsonArray array:
                        for (var i = 0; i < array.Count; i++)
                        {
                            var index = i;
                            slots.Add(($"{array.GetPath()}[{i}]", value => array[index] = value));
                            pending.Enqueue(array[i]);
                        }

                        break;
                }
            }

            var (path, set) = slots[at % slots.Count];
            set(JsonNode.Parse(replacement));
            return (Encoding.UTF8.GetBytes(root?.ToJsonString() ?? "null"), $"{path} := {replacement}");
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            // Earlier mutations broke the JSON (or left a duplicate key): there is no value to swap.
            return (body, "type swap: body is no longer a JSON document");
        }
    }
}
