namespace Extraction.Pipeline.Structure;

/// <summary>Vocabularies and patterns for reading a document's structure (pipeline.json <c>structure</c>). Patterns are case-insensitive.</summary>
public sealed record StructureOptions
{
    /// <summary>Patterns whose group <c>name</c> is a municipality; the name found most often wins.</summary>
    public IReadOnlyList<string> MunicipalityPatterns { get; init; } = [];

    /// <summary>Abbreviations standing for a municipality ("KK" → "København").</summary>
    public IReadOnlyDictionary<string, string> MunicipalityAbbreviations { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Patterns whose group <c>name</c> is a committee ("Økonomiudvalget"); a heading naming one decides, else the
    /// committee the text mentions most.
    /// </summary>
    public IReadOnlyList<string> CommitteePatterns { get; init; } = [];

    /// <summary>Abbreviations standing for a committee ("ØU" → "Økonomiudvalget").</summary>
    public IReadOnlyDictionary<string, string> CommitteeAbbreviations { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Patterns whose group <c>year</c> is the fiscal year, searched in the body text when the title, margins and
    /// headings name none ("et budgetnotat til budget 2026"); the year found most often wins.
    /// </summary>
    public IReadOnlyList<string> BodyFiscalYearPatterns { get; init; } = [];

    /// <summary>Document kinds and the phrases that name them, in order of precedence.</summary>
    public IReadOnlyList<DocumentKindVocabulary> DocumentKinds { get; init; } = [];

    /// <summary>Patterns whose group <c>year</c> is the fiscal year, tried in order on the title, margins and headings.</summary>
    public IReadOnlyList<string> FiscalYearPatterns { get; init; } = [];

    /// <summary>Patterns whose group <c>name</c> is the policy area, tried on the title, margins and headings.</summary>
    public IReadOnlyList<string> PolicyAreaPatterns { get; init; } = [];

    /// <summary>Heading patterns of an activity area; groups <c>number</c> (optional) and <c>name</c>.</summary>
    public IReadOnlyList<string> ActivityAreaPatterns { get; init; } = [];

    /// <summary>Heading patterns of the general part about the whole policy area ("0. Generelt for politikområdet IT").</summary>
    public IReadOnlyList<string> GeneralSectionPatterns { get; init; } = [];

    /// <summary>Heading patterns of a numbered subsection ("1.3 Tillæg"); groups <c>number</c> and <c>title</c>.</summary>
    public IReadOnlyList<string> SubsectionPatterns { get; init; } = [];

    /// <summary>Table caption patterns; groups <c>id</c> ("1.2") and <c>title</c> (optional).</summary>
    public IReadOnlyList<string> CaptionPatterns { get; init; } = [];

    /// <summary>A caption title that is only one of these words is no title ("2.2 Tabel").</summary>
    public IReadOnlyList<string> BareCaptionWords { get; init; } = [];

    /// <summary>Figure caption patterns; group <c>id</c>.</summary>
    public IReadOnlyList<string> FigureCaptionPatterns { get; init; } = [];

    /// <summary>Patterns of a note printed under a table ("• Alle år er i 2026 priser.", "Anm.:").</summary>
    public IReadOnlyList<string> NotePatterns { get; init; } = [];

    /// <summary>How far (pt) the centre of a line may lie outside a table or form and still count as its text.</summary>
    public double CentreInsideTolerance { get; init; } = 2.0;

    /// <summary>Largest blank space (em) between a table, or its previous note, and a note.</summary>
    public double NoteMaxGapEm { get; init; } = 1.5;

    /// <summary>A heading is bold, at most this many words long and not smaller than the body text by more than <see cref="HeadingFontTolerance"/>.</summary>
    public int HeadingMaxWords { get; init; } = 14;

    public double HeadingFontTolerance { get; init; } = 1.5;

    /// <summary>Text smaller than this share of the body font size (chart ticks, legends) is left out of text sections.</summary>
    public double SectionTextMinFontRatio { get; init; } = 0.9;

    /// <summary>Field labels of an activity area's short description ("Budget-type", "Målgruppe"), printed as "Label: text".</summary>
    public IReadOnlyList<string> DescriptionFields { get; init; } = [];
}

/// <summary>A document kind (e.g. <c>budget-notes</c>) and patterns that name it.</summary>
public sealed record DocumentKindVocabulary
{
    public string Kind { get; init; } = string.Empty;

    public IReadOnlyList<string> Patterns { get; init; } = [];
}
