using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Structure;

/// <summary>The role of every body block: the one the walk gave it, else (never walked) the form or table it lies in.</summary>
internal static class BlockRoles
{
    public static List<ClassifiedBlock> Of(
        DocumentLayout layout, IReadOnlyList<(int Page, TextBlock? Block, BlockRole Role)> walked, IReadOnlyList<FormElement> forms)
    {
        var seen = new Dictionary<TextBlock, BlockRole>(ReferenceEqualityComparer.Instance);
        foreach (var (_, block, role) in walked.Where(r => r.Block is not null))
        {
            seen[block!] = role;
        }

        BlockRole Unseen(int page, Box box) =>
            forms.Any(f => f.Page == page && f.Box.HorizontalOverlap(box) > 0 && f.Box.VerticalOverlap(box) > 0) ? BlockRole.Form : BlockRole.Table;

        return layout.Pages
            .SelectMany(p => p.Blocks.Select(b => new ClassifiedBlock(p.Number, b.Box, seen.TryGetValue(b, out var role) ? role : Unseen(p.Number, b.Box))))
            .ToList();
    }
}
