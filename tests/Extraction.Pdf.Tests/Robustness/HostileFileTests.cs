using Extraction.Pdf.Core;
using Extraction.Pdf.Document;
using Extraction.Pdf.Parsing;
using Extraction.Pdf.Tests.Support;

namespace Extraction.Pdf.Tests.Robustness;

/// <summary>
/// Hostile files built in code (see <see cref="HostileFiles"/>): whatever they claim, reading one costs at most the
/// document's decode budget, never fails with anything but a typed error, and every loss is reported, typed.
/// </summary>
[TestFixture]
public sealed class HostileFileTests
{
    private const long MiB = 1024 * 1024;

    /// <summary>A budget small enough that a test bomb many times its size stays cheap to build.</summary>
    private static readonly ReadOptions SmallBudget = new() { Limits = new ReaderLimits { MaxDecodedBytesPerDocument = 8 * MiB } };

    [Test]
    public void A_content_array_naming_one_bomb_many_times_is_read_within_the_budget()
    {
        var budget = SmallBudget.Limits.MaxDecodedBytesPerDocument;
        var data = HostileFiles.ContentArrayBomb(zeros: budget * 3 / 4, times: 8);

        var (page, document, allocated) = ReadFirstPage(data, SmallBudget);

        Assert.Multiple(() =>
        {
            Assert.That(data, Has.Length.LessThan(8 * 1024), "the bomb is small");
            Assert.That(page.ReaderWarnings.Select(w => w.Kind), Has.Member(ReaderWarningKind.LimitReached));
            Assert.That(page.ReaderWarnings.Select(w => w.Kind), Has.Member(ReaderWarningKind.PagePartlyRead));
            Assert.That(page.ReaderWarnings.Select(w => w.Message), Has.Some.Contains(nameof(ReaderLimits.MaxDecodedBytesPerDocument)));
            Assert.That(document.DecodedBytes, Is.LessThanOrEqualTo(budget));
            Assert.That(allocated, Is.LessThan(8 * budget), "memory follows the budget, not the eight streams' sum");
            Assert.That(Text(page), Does.Contain(HostileFiles.Text), "the content before the bomb is kept");
        });
    }

    [Test]
    public void A_single_bomb_past_the_budget_is_stopped_at_the_budget()
    {
        var budget = SmallBudget.Limits.MaxDecodedBytesPerDocument;
        var data = HostileFiles.ContentArrayBomb(zeros: budget * 4, times: 1);

        var (page, document, allocated) = ReadFirstPage(data, SmallBudget);

        Assert.Multiple(() =>
        {
            Assert.That(page.ReaderWarnings.Select(w => w.Kind), Has.Member(ReaderWarningKind.LimitReached));
            Assert.That(document.DecodedBytes, Is.LessThanOrEqualTo(budget));
            Assert.That(allocated, Is.LessThan(4 * budget));
        });
    }

    [Test]
    public void A_bomb_past_the_stream_cap_is_a_limit_the_page_reports()
    {
        var options = new ReadOptions { Limits = new ReaderLimits { MaxDecodedStreamBytes = 2 * (int)MiB } };
        var data = HostileFiles.ContentArrayBomb(zeros: 32 * MiB, times: 1);

        var (page, document, _) = ReadFirstPage(data, options);

        Assert.Multiple(() =>
        {
            Assert.That(page.ReaderWarnings.Select(w => w.Kind), Has.Member(ReaderWarningKind.LimitReached));
            Assert.That(page.ReaderWarnings.Select(w => w.Message), Has.Some.Contains(nameof(ReaderLimits.MaxDecodedStreamBytes)));
            Assert.That(document.DecodedBytes, Is.LessThanOrEqualTo(options.Limits.MaxDecodedStreamBytes + MiB));
        });
    }

    [Test]
    public void A_length_of_two_to_the_63_is_repaired_like_any_wrong_length()
    {
        var (page, _, _) = ReadFirstPage(HostileFiles.HugeLength(), ReadOptions.Default);

        Assert.That(Text(page), Is.EqualTo(HostileFiles.Text));
    }

    [Test]
    public void An_annotation_listed_a_hundred_thousand_times_is_drawn_once()
    {
        const string note = "Note";
        var (page, _, _) = ReadFirstPage(HostileFiles.AnnotationFanOut(note, 100_000), ReadOptions.Default);

        Assert.That(Text(page), Is.EqualTo(HostileFiles.Text + note));
    }

    [TestCase("CMap")]
    [TestCase("FontProgram")]
    public void A_bomb_in_a_font_resource_leaves_a_warning(string where)
    {
        var zeros = 32 * MiB;
        var data = where == "CMap" ? HostileFiles.CMapBomb(zeros) : HostileFiles.FontProgramBomb(zeros);
        var options = new ReadOptions { Limits = new ReaderLimits { MaxDecodedStreamBytes = 2 * (int)MiB } };

        var (page, _, _) = ReadFirstPage(data, options);

        Assert.That(page.ReaderWarnings.Select(w => w.Kind), Has.Member(ReaderWarningKind.LimitReached));
    }

    [Test]
    public void A_bomb_in_an_image_costs_nothing_because_images_are_never_decoded()
    {
        var zeros = 32 * MiB;
        var (page, document, _) = ReadFirstPage(HostileFiles.ImageBomb(zeros), SmallBudget);

        Assert.Multiple(() =>
        {
            Assert.That(page.ImageCount, Is.EqualTo(1));
            Assert.That(Text(page), Is.EqualTo(HostileFiles.Text));
            Assert.That(document.DecodedBytes, Is.LessThan(MiB));
            Assert.That(page.ReaderWarnings, Is.Empty);
        });
    }

    [Test]
    public void Cancelling_stops_decoding_a_bomb_part_way()
    {
        using var cancellation = new CancellationTokenSource();
        var document = PdfDocument.Open(HostileFiles.ContentArrayBomb(zeros: 64 * MiB, times: 1), new ReadOptions { Cancellation = cancellation.Token });
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => document.GetPage(1));
        Assert.That(document.DecodedBytes, Is.LessThan(64 * MiB));
    }

    [Test]
    public void Cancelling_stops_the_content_interpreter()
    {
        // Under the decoder's cancellation stride, so only the tokenizer and the interpreter can notice.
        using var cancellation = new CancellationTokenSource();
        var document = PdfDocument.Open(HostileFiles.ManyOperators(60 * 1024), new ReadOptions { Cancellation = cancellation.Token });
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => document.GetPage(1));
    }

    private static (Page Page, PdfDocument Document, long Allocated) ReadFirstPage(byte[] data, ReadOptions options)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = PdfDocument.Open(data, options);
        var page = document.GetPage(1);
        return (page, document, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static string Text(Page page) => string.Concat(page.Letters.Select(l => l.Value));
}
