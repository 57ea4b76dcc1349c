using Microsoft.ML;

namespace Extraction.Pipeline.Tables.Rows;

/// <summary>
/// The committed classifier (FastTree, trained by <c>scripts/train-row-model.sh</c>) that tells, for the space between
/// two lines of a table body, how likely a new row starts there. Loaded once from the assembly; a transform of a
/// loaded model is safe to use from several threads.
/// </summary>
internal sealed class RowBoundaryModel
{
    public const string ResourceName = "Extraction.Pipeline.Tables.Rows.row-boundaries.zip";

    private static readonly Lazy<RowBoundaryModel> Embedded = new(() =>
    {
        using var stream = typeof(RowBoundaryModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The row model {ResourceName} is not embedded in the pipeline assembly: run scripts/train-row-model.sh.");
        return Load(stream);
    });

    private readonly MLContext context;
    private readonly ITransformer model;

    private RowBoundaryModel(MLContext context, ITransformer model)
    {
        this.context = context;
        this.model = model;
    }

    /// <summary>The model committed with the pipeline.</summary>
    public static RowBoundaryModel Committed => Embedded.Value;

    public static RowBoundaryModel Load(Stream stream)
    {
        var context = new MLContext();
        return new RowBoundaryModel(context, context.Model.Load(stream, out _));
    }

    /// <summary>For each feature vector, the probability that a new row starts at that space.</summary>
    public IReadOnlyList<double> BreakProbabilities(IReadOnlyList<float[]> gaps)
    {
        if (gaps.Count == 0)
        {
            return [];
        }

        var scored = model.Transform(RowGapExample.View(context, gaps.Select(g => new RowGapExample { Features = g }).ToList()));
        return context.Data.CreateEnumerable<RowGapPrediction>(scored, reuseRowObject: false).Select(p => (double)p.Probability).ToList();
    }
}
