namespace Extraction.Batch;

/// <summary>
/// Writes a file so that its name only ever holds complete contents: into a hidden temporary file beside it, then a
/// rename over the old one. A process killed at any moment leaves the old file or the new one, and at most a
/// temporary file that the next run deletes.
/// </summary>
public static class AtomicFile
{
    /// <summary>Prefix of temporary files and folders in the output folder; the next run deletes leftovers.</summary>
    public const string TemporaryPrefix = ".tmp-";

    public static void Write(string path, Action<Stream> write)
    {
        var temporary = TemporaryPath(path);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>A fresh hidden name in the folder of <paramref name="path"/>.</summary>
    public static string TemporaryPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, $"{TemporaryPrefix}{Path.GetFileName(path)}-{Guid.NewGuid():N}");

    /// <summary>Deletes what an interrupted run left in <paramref name="folder"/>: temporary files and folders.</summary>
    public static void DeleteLeftovers(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos(TemporaryPrefix + "*"))
        {
            if (entry is DirectoryInfo directory)
            {
                directory.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }
    }
}
