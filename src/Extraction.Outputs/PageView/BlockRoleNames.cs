using Extraction.Document;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Structure;

namespace Extraction.Outputs.PageView;

/// <summary>The names block roles and page furniture are drawn and styled under in a page view.</summary>
internal static class BlockRoleNames
{
    public static string Name(BlockRole role) => role switch
    {
        BlockRole.Heading => "heading",
        BlockRole.Prose => "prose",
        BlockRole.Caption => "caption",
        BlockRole.Description => "description",
        BlockRole.Note => "note",
        BlockRole.FigureCaption => "figure-caption",
        BlockRole.ChartText => "chart-text",
        BlockRole.Table => "table",
        BlockRole.Form => "form",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string Name(FurnitureKind kind) => kind switch
    {
        FurnitureKind.RunningHeader => "page-header",
        FurnitureKind.RunningFooter => "page-footer",
        FurnitureKind.PageNumber => "page-number",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
