using Microsoft.ML;
using Microsoft.ML.Data;

namespace Extraction.Pipeline.Tables.Rows;

/// <summary>One space between two lines as the model reads it: its features and, for training, whether a new row starts there.</summary>
internal sealed class RowGapExample
{
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }

    /// <summary>The schema with the feature vector's fixed length, which the trainers need to know.</summary>
    public static SchemaDefinition Schema()
    {
        var schema = SchemaDefinition.Create(typeof(RowGapExample));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, RowGapFeatures.Names.Count);
        return schema;
    }

    public static IDataView View(MLContext context, IEnumerable<RowGapExample> examples) => context.Data.LoadFromEnumerable(examples, Schema());
}

/// <summary>The model's answer for one space.</summary>
internal sealed class RowGapPrediction
{
    public float Probability { get; set; }
}
