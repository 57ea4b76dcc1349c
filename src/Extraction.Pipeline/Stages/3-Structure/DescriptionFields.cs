namespace Extraction.Pipeline.Structure;

/// <summary>
/// Reads "Label: text" paragraphs of a short description (Budget-type, Aktivitet, Målgruppe, Organisering) into
/// fields; paragraphs without a label (bullet lists) continue the field above them.
/// </summary>
public static class DescriptionFields
{
    public static IReadOnlyDictionary<string, string> Read(IEnumerable<string> paragraphs, IReadOnlyList<string> labels)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        foreach (var paragraph in paragraphs)
        {
            var label = labels.FirstOrDefault(l => paragraph.StartsWith(l + ":", StringComparison.OrdinalIgnoreCase));
            if (label is not null)
            {
                current = label;
                var text = paragraph[(label.Length + 1)..].Trim();
                fields[label] = fields.TryGetValue(label, out var before) && before.Length > 0 ? before + "\n" + text : text;
            }
            else if (current is not null)
            {
                fields[current] = fields[current].Length == 0 ? paragraph : fields[current] + "\n" + paragraph;
            }
        }

        return fields;
    }
}
