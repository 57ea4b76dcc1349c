using System.Text.RegularExpressions;
using Extraction.Document;
using Extraction.Pipeline.Structure;

namespace Extraction.Pipeline.Checks;

/// <summary>The compiled vocabularies subjects are told by; built once per pipeline, shared by every document.</summary>
internal sealed class SubjectPatterns
{
    public SubjectPatterns(CheckOptions options, IEnumerable<string> totalRowPatterns)
    {
        PolicyTotals = new PatternSet(options.PolicyAreaTotalPatterns);
        TotalWords = totalRowPatterns.Select(PatternSet.Compile).ToList();
        Generic = options.GenericTotalLabels.Select(Subject.Normalise).ToHashSet();
    }

    /// <summary>Total labels that stand for the whole policy area.</summary>
    public PatternSet PolicyTotals { get; }

    /// <summary>The words that make a row a total ("i alt", "samlet"), taken out to see what the total is of.</summary>
    public IReadOnlyList<Regex> TotalWords { get; }

    /// <summary>Normalised leftovers of total labels that name nothing ("udgift").</summary>
    public HashSet<string> Generic { get; }
}
