using System.Globalization;

namespace Extraction.Pipeline.Model;

/// <summary>One doubt about a table: what kind (a penalty name of pipeline.json <c>confidence.penalties</c>), what was seen, and what it cost.</summary>
/// <param name="Code">The doubt's name ("unknown_column", "failed_check", "doubtful_label" …).</param>
/// <param name="Detail">What was seen, for people ("column 'Tillæg 2026' is typed unknown").</param>
/// <param name="Penalty">The share of confidence the doubt takes away (0–1).</param>
public sealed record ConfidenceReason(string Code, string Detail, double Penalty)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} (-{Penalty:0.##}): {Detail}");
}

/// <summary>
/// How far a table's reading can be trusted, in [0, 1], with the doubts that lowered it. Each doubt keeps the share
/// (1 − penalty) of what was left, so independent doubts compound and no number of them goes below 0.
/// </summary>
public sealed record TableConfidence(double Score, IReadOnlyList<ConfidenceReason> Reasons)
{
    /// <summary>A table nothing was found to doubt (also the value before the confidence step has run).</summary>
    public static readonly TableConfidence Certain = new(1.0, []);

    /// <summary>True when the score is below the threshold (pipeline.json <c>confidence.threshold</c>): the table is in doubt.</summary>
    public bool Doubtful { get; init; }

    public static TableConfidence Of(IReadOnlyList<ConfidenceReason> reasons, double threshold)
    {
        var score = Math.Round(reasons.Aggregate(1.0, (left, r) => left * (1 - Math.Clamp(r.Penalty, 0, 1))), 4);
        return new TableConfidence(score, reasons) { Doubtful = score < threshold };
    }
}
