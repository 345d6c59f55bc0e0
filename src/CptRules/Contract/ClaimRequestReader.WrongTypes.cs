using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CptRules.Contract;

public static partial class ClaimRequestReader
{
    // Enough for any claim a person keyed; a body with more wrong values is answered with the first ones.
    private const int MaxWrongTypesNamed = 16;

    /// <summary>
    /// System.Text.Json stops at the first value of the wrong type, but a 400 names every offending field. Only on
    /// that error path: the body is read again as a document, each wrong value is named and dropped, the rest is read
    /// once more, and the fields that did read are checked like any claim, so one pass fixes the whole body.
    /// </summary>
    private static ClaimReadResult ReadPastWrongTypes(ReadOnlySpan<byte> utf8Json, JsonException first, IReadOnlyCollection<string> knownPayers)
    {
        try
        {
            var document = JsonNode.Parse(utf8Json, documentOptions: new JsonDocumentOptions { MaxDepth = ContractJsonContext.Default.Options.MaxDepth });
            return ReadPastWrongTypes(document, first, knownPayers);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            // Broken further on, or a shape a document cannot hold (a repeated property, which a JsonObject refuses
            // when it is first searched): the first error stands alone.
            return ClaimReadResult.Failure([FromJsonException(first)]);
        }
    }

    private static ClaimReadResult ReadPastWrongTypes(JsonNode? document, JsonException first, IReadOnlyCollection<string> knownPayers)
    {
        var errors = new List<RequestError>();
        var dropped = new List<string>();
        var failure = first;
        ClaimRequest? request;
        while (true)
        {
            var path = string.IsNullOrEmpty(failure.Path) ? "$" : failure.Path;
            if (!dropped.Contains(path))
            {
                errors.Add(FromJsonException(failure));
            }

            if (errors.Count >= MaxWrongTypesNamed || document is null || !TryDrop(document, path, dropped))
            {
                return ClaimReadResult.Failure(errors);
            }

            try
            {
                request = document.Deserialize(ContractJsonContext.Default.ClaimRequest);
                break;
            }
            catch (JsonException e) when (IsWrongType(e))
            {
                failure = e;
            }
            catch (JsonException)
            {
                return ClaimReadResult.Failure(errors);
            }
        }

        if (request is not null)
        {
            // A dropped value now reads as missing: its own error already says what is wrong with it.
            foreach (var error in Read(request, knownPayers).Errors)
            {
                if (!dropped.Exists(d => IsAtOrUnder(error.Path, d)))
                {
                    errors.Add(error);
                }
            }
        }

        return ClaimReadResult.Failure(errors);
    }

    private static bool IsAtOrUnder(string path, string parent) =>
        path.StartsWith(parent, StringComparison.Ordinal) && (path.Length == parent.Length || path[parent.Length] is '.' or '[');

    /// <summary>
    /// Drops the value at a System.Text.Json path (<c>$.lines[0].units</c>): a property is removed, an array element
    /// becomes null so that later indexes keep their paths. An element that fails again as null (a list of numbers)
    /// takes its whole array with it.
    /// </summary>
    private static bool TryDrop(JsonNode document, string path, List<string> dropped)
    {
        if (dropped.Contains(path))
        {
            var parentEnd = path.LastIndexOf('[');
            if (parentEnd <= 0)
            {
                return false;
            }

            path = path[..parentEnd];
        }

        if (!TryParsePath(path, out var segments) || segments.Count == 0)
        {
            return false;
        }

        var parent = document;
        foreach (var segment in segments.Take(segments.Count - 1))
        {
            parent = segment.Name is { } name ? (parent as JsonObject)?[name] : (parent as JsonArray) is { } array && segment.Index < array.Count ? array[segment.Index] : null;
            if (parent is null)
            {
                return false;
            }
        }

        var last = segments[^1];
        switch (parent)
        {
            case JsonObject item when last.Name is { } name && item.Remove(name):
                break;
            case JsonArray array when last.Name is null && last.Index < array.Count:
                array[last.Index] = null;
                break;
            default:
                return false;
        }

        dropped.Add(path);
        return true;
    }

    private readonly record struct PathSegment(string? Name, int Index);

    /// <summary>Reads the paths System.Text.Json reports: <c>$</c>, then <c>.name</c>, <c>['name']</c> or <c>[0]</c>.</summary>
    private static bool TryParsePath(string path, out List<PathSegment> segments)
    {
        segments = [];
        if (!path.StartsWith('$'))
        {
            return false;
        }

        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(new PathSegment(path[(i + 1)..end], 0));
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['", StringComparison.Ordinal))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                segments.Add(new PathSegment(path[(i + 2)..end], 0));
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return false;
                }

                segments.Add(new PathSegment(null, index));
                i = end + 1;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
