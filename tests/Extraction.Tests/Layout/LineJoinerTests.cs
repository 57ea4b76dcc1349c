using Extraction.Pipeline.Layout;
using Extraction.Tests.Support;

namespace Extraction.Tests.Layout;

/// <summary>Printed lines of a label or paragraph joined as one text, as the ground truth's label rules say.</summary>
[TestFixture]
public sealed class LineJoinerTests
{
    private static readonly HyphenationOptions Options = Corpus.Options.Layout.Hyphenation;

    [TestCase("Stadion og|idrætsfaciliteter,|samlet", "Stadion og idrætsfaciliteter, samlet")]
    [TestCase("Pulje til investeringer på anlægsram-|men", "Pulje til investeringer på anlægsrammen")]
    [TestCase("Fælles admini-|strative systemer", "Fælles administrative systemer")]
    [TestCase("Politikområde IT-|drift i alt", "Politikområde IT-drift i alt")]
    [TestCase("Over-/|underskud", "Over-/underskud")]
    [TestCase("fra et eksisterende it-|system", "fra et eksisterende it-system")]
    [TestCase("Fælles an-|lægspuljer", "Fælles anlægspuljer")]
    [TestCase("KOMBIT-|systemerne", "KOMBIT-systemerne")]
    [TestCase("2025-|priser", "2025-priser")]
    [TestCase("børne-|og ungeområdet", "børne- og ungeområdet")]
    [TestCase("Korr.|budget|2020", "Korr. budget 2020")]
    [TestCase("  IT-  drift   (Infrastruktur) ", "IT- drift (Infrastruktur)")]
    public void Joins_lines(string lines, string expected) =>
        Assert.That(LineJoiner.Join(lines.Split('|'), Options), Is.EqualTo(expected));
}
