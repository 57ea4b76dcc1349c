using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Extraction.Document;
using Microsoft.Win32.SafeHandles;

namespace Extraction.Batch;

/// <summary>
/// Reads an input file for the batch: its SHA-256 (streamed, for planning) and its bytes (for the pipeline). What is
/// not a readable regular file fails with a typed <see cref="DocumentReadException"/> before anything blocks on it:
/// <c>FileNotFound</c>, <c>Unreadable</c> (a folder, a pipe, a socket, no permission) or <c>LimitExceeded</c>.
/// </summary>
internal static class InputFile
{
    /// <summary>Lower-case hex SHA-256 of the file's content.</summary>
    public static string Hash(string path, long maxBytes) => Guarded(path, () =>
    {
        Check(path, maxBytes);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    });

    public static byte[] Read(string path, long maxBytes) => Guarded(path, () =>
    {
        Check(path, maxBytes);
        return File.ReadAllBytes(path);
    });

    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static T Guarded<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentReadException(ReadErrorCode.FileNotFound, "The file does not exist (any more).", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DocumentReadException(ReadErrorCode.Unreadable, $"The file cannot be read: {ex.Message}", ex);
        }
    }

    private static void Check(string path, long maxBytes)
    {
        if (Directory.Exists(path))
        {
            throw new DocumentReadException(ReadErrorCode.Unreadable, "This is a folder, not a file.");
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException("No such file.", path);
        }

        if (info.Length > maxBytes)
        {
            throw new DocumentReadException(ReadErrorCode.LimitExceeded, $"The file is {info.Length} bytes; the limit is {maxBytes} (batch.max_file_bytes).");
        }

        // Pipes, sockets and devices report no length, and opening a pipe blocks until someone writes to it.
        if (info.Length == 0 && !IsRegular(path))
        {
            throw new DocumentReadException(ReadErrorCode.Unreadable, "This is not a regular file (a pipe, socket or device); it is not read.");
        }
    }

    private static bool IsRegular(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }

        var descriptor = NativeFile.Open(path, NativeFile.ReadOnlyNonBlocking);
        if (descriptor == -1)
        {
            return true;
        }

        using var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        using var stream = new FileStream(handle, FileAccess.Read, 1);
        return stream.CanSeek;
    }

    private static class NativeFile
    {
        /// <summary>O_RDONLY | O_NONBLOCK | O_CLOEXEC on Linux: opening a pipe this way returns at once.</summary>
        public const int ReadOnlyNonBlocking = 0x800 | 0x80000;

        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        public static extern nint Open(string path, int flags);
    }
}
