namespace Extraction.Core.Configuration;

/// <summary>The pipeline's stages by the names pipeline.json uses.</summary>
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

    /// <summary>Stages that cannot be left out: each later one needs their output.</summary>
    public static readonly IReadOnlyList<string> Required = [Read, Layout, Tables, Structure, Assembly, Write];
}
