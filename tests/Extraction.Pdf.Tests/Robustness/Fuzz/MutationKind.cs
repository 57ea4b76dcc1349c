namespace Extraction.Pdf.Tests.Robustness.Fuzz;

/// <summary>The kinds of damage <see cref="PdfMutations"/> can do to a PDF, each modelled on a real or hostile file.</summary>
public enum MutationKind
{
    /// <summary>The file ends early.</summary>
    Truncation,

    /// <summary>A few bytes anywhere take random values.</summary>
    ByteFlips,

    /// <summary>The cross-reference data, startxref or trailer is damaged.</summary>
    BrokenXref,

    /// <summary>References point back at their own object or at an ancestor (page tree, /Length).</summary>
    ReferenceLoops,

    /// <summary>Arrays nested tens of thousands deep inside an object.</summary>
    DeepNesting,

    /// <summary>Lengths, counts and other numbers replaced by huge or overflowing values.</summary>
    HugeNumbers,

    /// <summary>A page's content replaced by a small stream that inflates enormously.</summary>
    DecompressionBomb,

    /// <summary>A page's content replaced by a small stream holding a huge number of operators.</summary>
    HugeOperatorCounts,

    /// <summary>Font programs and ToUnicode CMaps scrambled, or replaced by hostile ones.</summary>
    BrokenFonts,

    /// <summary>A page listing one annotation tens of thousands of times.</summary>
    AnnotationFanOut,
}
