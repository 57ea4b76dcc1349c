using System.Globalization;
using System.Net;
using System.Text;

namespace Extraction.Outputs.RunReport;

/// <summary>
/// Draws a policy area's series as a small inline SVG line chart: years along the bottom, kroner up the side, a line
/// per activity area; a realised amount is a filled dot, a budgeted or estimated one an open dot.
/// </summary>
public static class SeriesChart
{
    public const int Width = 560;
    public const int Height = 210;

    private const double Left = 70;
    private const double Right = 14;
    private const double Top = 22;
    private const double Bottom = 28;

    /// <summary>Line colours, cycled; chosen to stay apart for colour-blind readers.</summary>
    public static readonly string[] Colours = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#000000", "#f0e442"];

    public static string Colour(int index) => Colours[index % Colours.Length];

    /// <summary>Once the colours are used up, lines are dashed, so no two lines of a chart look the same.</summary>
    public static string Dashes(int index) => (index / Colours.Length) switch
    {
        0 => string.Empty,
        1 => " stroke-dasharray=\"6 3\"",
        _ => " stroke-dasharray=\"2 3\"",
    };

    public static string Render(IReadOnlyList<AreaSeries> series)
    {
        var years = series.SelectMany(s => s.Points).Select(p => p.Year).Distinct().Order().ToList();
        var amounts = series.SelectMany(s => s.Points).Select(p => p.AmountDkk).ToList();
        var (low, high) = (Math.Min(0, amounts.Min()), Math.Max(0, amounts.Max()));
        var (divisor, unit) = Math.Max(Math.Abs(high), Math.Abs(low)) >= 10_000_000 ? (1_000_000m, "mio. kr.") : (1_000m, "1.000 kr.");
        var step = Step((high - low) / 4, divisor);
        low = Math.Floor(low / step) * step;
        high = Math.Max(low + step, Math.Ceiling(high / step) * step);
        var ticks = (int)((high - low) / step);
        double X(int year) => years.Count == 1 ? Left + (Width - Left - Right) / 2 : Left + (Width - Left - Right) * years.IndexOf(year) / (years.Count - 1);
        double Y(decimal amount) => Top + (Height - Top - Bottom) * (double)((high - amount) / (high - low));

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"series-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\">"));
        for (var i = 0; i <= ticks; i++)
        {
            var amount = low + step * i;
            var y = Y(amount);
            svg.Append(Invariant($"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>"));
            svg.Append(Invariant($"<text class=\"tick\" x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Format(amount / divisor)}</text>"));
        }

        svg.Append(Invariant($"<text class=\"unit\" x=\"4\" y=\"11\">{unit}</text>"));
        foreach (var year in years)
        {
            svg.Append(Invariant($"<text class=\"tick\" x=\"{X(year):0.#}\" y=\"{Height - 8}\" text-anchor=\"middle\">{year}</text>"));
        }

        for (var s = 0; s < series.Count; s++)
        {
            var colour = Colour(s);
            var points = series[s].Points;
            var line = string.Join(' ', points.Select(p => Invariant($"{X(p.Year):0.#},{Y(p.AmountDkk):0.#}")));
            svg.Append(Invariant($"<polyline class=\"series\" points=\"{line}\" stroke=\"{colour}\"{Dashes(s)}/>"));
            foreach (var p in points)
            {
                var fill = p.Measure == "actual" ? colour : "#fff";
                var title = WebUtility.HtmlEncode(Invariant($"{series[s].Name} {p.Year}: {Format(p.AmountDkk)} kr. ({p.Measure.Replace('_', ' ')}, \"{p.ColumnLabel}\"{(p.TableId is null ? string.Empty : ", table " + p.TableId)})"));
                svg.Append(Invariant($"<circle cx=\"{X(p.Year):0.#}\" cy=\"{Y(p.AmountDkk):0.#}\" r=\"3.5\" stroke=\"{colour}\" fill=\"{fill}\"><title>{title}</title></circle>"));
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A round step (1, 2 or 5 times a power of ten, in the unit shown) near <paramref name="rough"/>.</summary>
    private static decimal Step(decimal rough, decimal divisor)
    {
        var shown = Math.Max(rough / divisor, 0.001m);
        var power = 1m;
        while (power * 10 <= shown)
        {
            power *= 10;
        }

        while (power > shown)
        {
            power /= 10;
        }

        var factor = shown / power;
        return divisor * power * (factor <= 1 ? 1 : factor <= 2 ? 2 : factor <= 5 ? 5 : 10);
    }

    /// <summary>Danish grouping and decimal comma, as the documents print their figures (independent of the machine's culture).</summary>
    public static string Format(decimal amount)
    {
        var invariant = amount.ToString(Math.Abs(amount) < 100 && amount != decimal.Truncate(amount) ? "#,0.##" : "#,0", CultureInfo.InvariantCulture);
        return string.Concat(invariant.Select(c => c switch { ',' => '.', '.' => ',', _ => c }));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
