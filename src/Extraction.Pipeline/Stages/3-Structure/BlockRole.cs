namespace Extraction.Pipeline.Structure;

/// <summary>What the structure stage took a block of body text to be.</summary>
public enum BlockRole
{
    /// <summary>A heading of an activity area or section.</summary>
    Heading,

    /// <summary>Running text of a section.</summary>
    Prose,

    /// <summary>A table caption ("Tabel 1.2").</summary>
    Caption,

    /// <summary>Text between a table caption and its table.</summary>
    Description,

    /// <summary>A note printed under a table ("• Alle år er i 2026 priser.").</summary>
    Note,

    /// <summary>A figure caption ("Figur 0.2.1").</summary>
    FigureCaption,

    /// <summary>Text smaller than the body text outside tables: chart ticks, legends and titles.</summary>
    ChartText,

    /// <summary>Text inside a detected table.</summary>
    Table,

    /// <summary>Text of a form element: a title box, a checkbox grid, a list of amounts.</summary>
    Form,
}
