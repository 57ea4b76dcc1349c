namespace Extraction.Document;

/// <summary>Which back end read a document, and which build of it: results depend on both.</summary>
/// <param name="Name">The name <c>pipeline.json</c>'s <c>reader</c> and <c>--reader</c> use (<c>extraction</c>, <c>pdfpig</c>).</param>
/// <param name="Version">The back end's build (assembly version and build id).</param>
public sealed record ReaderIdentity(string Name, string Version);
