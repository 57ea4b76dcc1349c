using System.CommandLine;
using System.Text.Json;
using Extraction.Configuration;
using Extraction.Pipeline.Tables.Rows;
using Extraction.Training;

var data = new Option<DirectoryInfo[]>("--data") { Description = "Folders of generated PDFs with their .truth.json (build.py --random).", Required = true, AllowMultipleArgumentsPerToken = true };
var config = new Option<FileInfo>("--config") { Description = "The pipeline.json whose table options the features are read with.", Required = true };
var model = new Option<FileInfo>("--model") { Description = "Where the trained model is written.", Required = true };
var recipe = new Option<FileInfo>("--recipe") { Description = "Where the recipe and the held-out scores are written (JSON).", Required = true };
var seed = new Option<int>("--seed") { Description = "The trainer's seed.", DefaultValueFactory = _ => 7 };
var heldOutEvery = new Option<int>("--held-out-every") { Description = "Every n-th variant (in name order) is held out for evaluation.", DefaultValueFactory = _ => 5 };
var trees = new Option<int>("--trees") { DefaultValueFactory = _ => 100 };
var leaves = new Option<int>("--leaves") { DefaultValueFactory = _ => 16 };
var minLeaf = new Option<int>("--min-leaf-examples") { DefaultValueFactory = _ => 10 };
var root = new RootCommand("Trains the row model of the tables stage from generated budget PDFs.") { data, config, model, recipe, seed, heldOutEvery, trees, leaves, minLeaf };
root.SetAction(parse =>
{
    var settings = PipelineConfiguration.Load(parse.GetValue(config)!.FullName);
    var options = settings.Pipeline;
    var collector = new GapCollector(options);
    var files = parse.GetValue(data)!
        .SelectMany(d => d.GetFiles("*.pdf"))
        .Where(f => File.Exists(Path.ChangeExtension(f.FullName, ".truth.json")))
        .OrderBy(f => f.Name, StringComparer.Ordinal)
        .ToList();
    var variants = files.Select(Variant).Distinct().Order(StringComparer.Ordinal).ToList();
    var heldOutVariants = variants.Where((_, i) => i % parse.GetValue(heldOutEvery) == 0).ToHashSet();
    var (train, heldOut) = (new List<LabelledGap>(), new List<LabelledGap>());
    var (tables, unmatched) = (0, 0);
    foreach (var file in files)
    {
        var collected = collector.Collect(file.FullName, Path.ChangeExtension(file.FullName, ".truth.json"));
        (heldOutVariants.Contains(Variant(file)) ? heldOut : train).AddRange(collected.Gaps);
        tables += collected.Tables;
        unmatched += collected.Unmatched;
        Console.WriteLine($"{file.Name}: {collected.Gaps.Count} gaps from {collected.Tables} tables ({collected.Unmatched} regions not matched to the truth)");
    }

    var report = new RowModelTrainer(parse.GetValue(seed), parse.GetValue(trees), parse.GetValue(leaves), parse.GetValue(minLeaf), options.Tables.Rows.BreakProbability)
        .Train(train, heldOut, parse.GetValue(model)!.FullName);
    var summary = new
    {
        generator_seeds = files.Select(f => Seed(f.Name)).Distinct().Order().ToList(),
        pdfs = files.Count,
        variants = variants.Count,
        held_out_variants = heldOutVariants.Count,
        tables,
        unmatched_regions = unmatched,
        train_gaps = report.TrainGaps,
        train_breaks = report.TrainBreaks,
        held_out_gaps = report.HeldOutGaps,
        trainer = "FastTree",
        seed = parse.GetValue(seed),
        trees = parse.GetValue(trees),
        leaves = parse.GetValue(leaves),
        min_leaf_examples = parse.GetValue(minLeaf),
        features = RowGapFeatures.Names,
        held_out_model_accuracy = Math.Round(report.ModelAccuracy, 4),
        held_out_model_errors = report.ModelErrors,
    };
    File.WriteAllText(parse.GetValue(recipe)!.FullName, JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    Console.WriteLine($"held out: {report.ModelAccuracy:0.0000} of {report.HeldOutGaps} gaps decided as the truth ({report.ModelErrors} errors)");
    return 0;
});
return root.Parse(args).Invoke();

// The generator names its PDFs "<document>.r<seed>_<index>.pdf" (Chromium) and "<document>.r<seed>_<index>.lo.pdf"
// (LibreOffice); both are variant "<document>.r<seed>_<index>", held out together.
static string Variant(FileInfo file) => file.Name.Split('.')[0] + "." + file.Name.Split('.')[1];

static int Seed(string name) => int.Parse(name.Split('.')[1][1..].Split('_')[0], System.Globalization.CultureInfo.InvariantCulture);
