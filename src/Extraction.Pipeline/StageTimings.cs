namespace Extraction.Pipeline;

/// <summary>Time spent in each stage on one document (milliseconds), for benchmarks and logs.</summary>
public sealed record StageTimings(double Read, double Layout, double Tables, double Structure, double Assembly, double Checks)
{
    public double Total => Read + Layout + Tables + Structure + Assembly + Checks;

    public static StageTimings operator +(StageTimings a, StageTimings b) =>
        new(a.Read + b.Read, a.Layout + b.Layout, a.Tables + b.Tables, a.Structure + b.Structure, a.Assembly + b.Assembly, a.Checks + b.Checks);

    public static readonly StageTimings Zero = new(0, 0, 0, 0, 0, 0);
}
