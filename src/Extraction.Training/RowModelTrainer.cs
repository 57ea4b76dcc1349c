using Extraction.Pipeline.Tables.Rows;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Extraction.Training;

/// <summary>What a training run reports: the sizes of its sets and how often the model agrees with the truth on the held-out set.</summary>
internal sealed record TrainingReport(int TrainGaps, int HeldOutGaps, int TrainBreaks, double ModelAccuracy, int ModelErrors);

/// <summary>Trains the FastTree row classifier with a fixed seed and saves it where the pipeline embeds it.</summary>
internal sealed class RowModelTrainer(int seed, int trees, int leaves, int minLeafExamples, double breakProbability)
{
    public TrainingReport Train(IReadOnlyList<LabelledGap> train, IReadOnlyList<LabelledGap> heldOut, string modelPath)
    {
        var context = new MLContext(seed);
        var data = RowGapExample.View(context, train.Select(g => new RowGapExample { Features = g.Features, Label = g.Break }).ToList());
        var trainer = context.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = trees,
            NumberOfLeaves = leaves,
            MinimumExampleCountPerLeaf = minLeafExamples,
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(data);
        using (var file = File.Create(modelPath))
        {
            context.Model.Save(model, data.Schema, file);
        }

        using var saved = File.OpenRead(modelPath);
        var probabilities = RowBoundaryModel.Load(saved).BreakProbabilities(heldOut.Select(g => g.Features).ToList());
        var modelErrors = heldOut.Where((g, i) => probabilities[i] >= breakProbability != g.Break).Count();
        return new TrainingReport(
            train.Count,
            heldOut.Count,
            train.Count(g => g.Break),
            Accuracy(heldOut.Count, modelErrors),
            modelErrors);
    }

    private static double Accuracy(int count, int errors) => count == 0 ? 0 : 1 - (errors / (double)count);
}
