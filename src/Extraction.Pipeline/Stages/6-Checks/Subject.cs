using System.Globalization;
using System.Text;

namespace Extraction.Pipeline.Checks;

/// <summary>
/// What a row or a table's bottom line is about: the whole policy area, one activity area, one proposal, or a named
/// item within one of them. Rows about the same subject in different tables must show the same figures.
/// </summary>
internal readonly record struct Subject(SubjectScope Scope, string Number, string? Name)
{
    public static readonly Subject PolicyArea = new(SubjectScope.PolicyArea, string.Empty, null);

    public static Subject Area(int number) => new(SubjectScope.ActivityArea, number.ToString(CultureInfo.InvariantCulture), null);

    public static Subject Proposal(string number) => new(SubjectScope.Proposal, number, null);

    public static Subject Item(Subject scope, string name) => scope with { Name = Normalise(name) };

    /// <summary>True for the policy area, an activity area or a proposal, as opposed to an item inside one.</summary>
    public bool IsArea => Name is null;

    /// <summary>
    /// Whether printings of this subject in different tables are compared: areas and proposals always; items only
    /// inside one proposal, whose tables present the same few items twice (a summary and the appropriations). Items of
    /// different proposals, or of a budget note's tables, may share a name ("Udgifter") without being the same thing.
    /// </summary>
    public bool IsCompared => IsArea || Scope == SubjectScope.Proposal;

    /// <summary>Lower case letters and digits only, so spacing and punctuation do not matter ("IT- drift" = "IT-drift").</summary>
    public static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }

        return result.ToString();
    }
}
