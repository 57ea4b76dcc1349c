namespace Extraction.Pipeline;

/// <summary>The pipeline's stages by name, in the order data flows through them (named in errors and timings).</summary>
public static class PipelineStages
{
    public const string Read = "read";
    public const string Layout = "layout";
    public const string Tables = "tables";
    public const string Structure = "structure";
    public const string Assembly = "assembly";
    public const string Checks = "checks";
    public const string Write = "write";

    public static readonly IReadOnlyList<string> All = [Read, Layout, Tables, Structure, Assembly, Checks, Write];
}
