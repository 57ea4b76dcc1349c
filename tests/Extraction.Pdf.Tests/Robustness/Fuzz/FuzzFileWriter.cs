using System.Globalization;
using Extraction.Pdf.Tests.Support;
using Extraction.Tests.Shared;

namespace Extraction.Pdf.Tests.Robustness.Fuzz;

/// <summary>
/// Writes fuzz inputs to a folder for long runs through the whole program (<c>scripts/fuzz.sh</c>): not tests, so
/// explicit and driven by environment variables. Each mutated file's name holds its source, kind and seed, so
/// <see cref="PdfMutations.Mutate"/> rebuilds any case a run finds.
/// </summary>
[TestFixture]
[Explicit("Writes fuzz inputs for scripts/fuzz.sh; set FUZZ_OUTPUT and FUZZ_COUNT.")]
public sealed class FuzzFileWriter
{
    /// <summary>FUZZ_COUNT files into FUZZ_OUTPUT: corpus documents × mutation kinds × seeds from FUZZ_SEED on.</summary>
    [Test]
    public void Write_mutated_corpus()
    {
        var output = Variable("FUZZ_OUTPUT");
        var count = int.Parse(Variable("FUZZ_COUNT"), CultureInfo.InvariantCulture);
        var firstSeed = int.Parse(Environment.GetEnvironmentVariable("FUZZ_SEED") ?? "0", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(output);
        var sources = RepositoryPaths.CorpusPdfs().Select(p => (Name: Path.GetFileNameWithoutExtension(p), Bytes: File.ReadAllBytes(p))).ToList();
        var kinds = Enum.GetValues<MutationKind>();
        for (var i = 0; i < count; i++)
        {
            var (name, bytes) = sources[i % sources.Count];
            var kind = kinds[i / sources.Count % kinds.Length];
            var seed = firstSeed + (i / (sources.Count * kinds.Length));
            var mutated = PdfMutations.Mutate(bytes, kind, new Random(seed));
            File.WriteAllBytes(Path.Combine(output, Invariant($"{i:00000}_{kind}_{name}_s{seed}.pdf")), mutated);
        }
    }

    /// <summary>The hostile files of issue 13 into HOSTILE_OUTPUT, each FUZZ_COUNT times (made distinct).</summary>
    [Test]
    public void Write_hostile_files()
    {
        var output = Variable("HOSTILE_OUTPUT");
        var copies = int.Parse(Environment.GetEnvironmentVariable("FUZZ_COUNT") ?? "1", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(output);
        const long Mib = 1024 * 1024;
        var files = new (string Name, Func<byte[]> Build)[]
        {
            ("content-array-bomb", () => HostileFiles.ContentArrayBomb(500 * Mib, 8)),
            ("cap-sized-bomb", () => HostileFiles.ContentArrayBomb(512 * Mib, 1)),
            ("huge-length", HostileFiles.HugeLength),
            ("annotation-fan-out", () => HostileFiles.AnnotationFanOut(HostileFiles.Text, 100_000)),
            ("cmap-bomb", () => HostileFiles.CMapBomb(500 * Mib)),
            ("font-bomb", () => HostileFiles.FontProgramBomb(500 * Mib)),
            ("image-bomb", () => HostileFiles.ImageBomb(500 * Mib)),
            ("long-content", () => HostileFiles.LongContent(200 * Mib)),
        };
        foreach (var (name, build) in files)
        {
            var bytes = build();
            for (var copy = 0; copy < copies; copy++)
            {
                File.WriteAllBytes(Path.Combine(output, Invariant($"{name}-{copy:000}.pdf")), [.. bytes, .. System.Text.Encoding.ASCII.GetBytes(Invariant($"\n% copy {copy}\n"))]);
            }
        }
    }

    private static string Variable(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException($"Set {name}.");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
