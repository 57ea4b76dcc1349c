using BenchmarkDotNet.Running;
using Extraction.Benchmarks;

// "pipeline-profile [passes] [warm-up passes]": a timed run of the whole pipeline over the fixtures with the share of time per stage.
// "stages-vs-reading [rounds] [passes] [warm-up rounds]": processor and wall time of the stages after reading against reading, in one process.
// Anything else goes to BenchmarkDotNet (e.g. --filter *PipelineBenchmarks*).
if (args.Length > 0 && args[0] == "pipeline-profile")
{
    return PipelineProfile.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "stages-vs-reading")
{
    return StagesVersusReading.Run(args.Skip(1).ToArray());
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineProfile).Assembly).Run(args);
return 0;
