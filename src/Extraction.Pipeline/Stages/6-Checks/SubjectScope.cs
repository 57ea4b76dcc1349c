namespace Extraction.Pipeline.Checks;

/// <summary>What a subject lies in: the whole policy area, one activity area or one proposal.</summary>
internal enum SubjectScope
{
    PolicyArea,
    ActivityArea,
    Proposal,
}
