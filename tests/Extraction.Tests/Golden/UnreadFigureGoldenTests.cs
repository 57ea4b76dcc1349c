using Extraction.Tests.Support;

namespace Extraction.Tests.Golden;

/// <summary>Every cell of a number column in the corpus is read as a number, a dash, a blank or a placeholder.</summary>
[TestFixture]
public sealed class UnreadFigureGoldenTests
{
    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void No_figure_of_the_corpus_is_left_unread(string name) =>
        Assert.That(Corpus.Extract(name).UnreadFigures, Is.Empty);
}
