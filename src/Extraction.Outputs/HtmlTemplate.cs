using System.Text;

namespace Extraction.Outputs;

/// <summary>
/// The HTML, CSS and script templates embedded in the assembly, and a one-pass filler for their <c>{{slot}}</c>s: text
/// put into a slot is never searched for slots again, so what a PDF says cannot change the page around it.
/// </summary>
internal static class HtmlTemplate
{
    public static string Resource(string name)
    {
        using var stream = typeof(HtmlTemplate).Assembly.GetManifestResourceStream("Extraction.Reporting." + name)
            ?? throw new InvalidOperationException($"Template {name} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static void Render(string template, Stream output, IReadOnlyDictionary<string, Action<Stream>> slots)
    {
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf("{{", position, StringComparison.Ordinal);
            var close = open < 0 ? -1 : template.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                Write(output, template[position..]);
                return;
            }

            Write(output, template[position..open]);
            var name = template[(open + 2)..close];
            if (!slots.TryGetValue(name, out var slot))
            {
                throw new InvalidOperationException($"No value for the template slot {name}.");
            }

            slot(output);
            position = close + 2;
        }
    }

    public static Action<Stream> Text(string text) => output => Write(output, text);

    private static void Write(Stream output, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        output.Write(bytes, 0, bytes.Length);
    }
}
