using System.Diagnostics;
using System.Net.Sockets;
using System.Net;
using Npgsql;

namespace Extraction.Tests.Support;

/// <summary>
/// A throw-away PostgreSQL cluster for the warehouse tests: initdb into a temporary folder, started on a free loopback
/// port, stopped and deleted afterwards. PostgreSQL refuses to run as root, so as root every command runs as the
/// <c>postgres</c> system user (runuser). The server binaries are taken from <c>EXTRACTION_PG_BIN</c>, else the newest
/// <c>/usr/lib/postgresql/*/bin</c>. Anything missing is an error that says what to install: these tests never skip.
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    private readonly string bin;
    private readonly string folder;
    private readonly bool asPostgresUser;

    private PostgresServer(string bin, string folder, bool asPostgresUser, int port)
    {
        this.bin = bin;
        this.folder = folder;
        this.asPostgresUser = asPostgresUser;
        Port = port;
    }

    public int Port { get; }

    private string Data => Path.Combine(folder, "data");

    private string LogFile => Path.Combine(folder, "server.log");

    public static PostgresServer Start()
    {
        var bin = FindBinaries();
        var asPostgresUser = Environment.IsPrivilegedProcess;
        var folder = asPostgresUser
            ? Run("runuser", ["-u", "postgres", "--", "mktemp", "-d", "/tmp/extraction-pg-XXXXXX"]).Trim()
            : Directory.CreateTempSubdirectory("extraction-pg-").FullName;
        var server = new PostgresServer(bin, folder, asPostgresUser, FreePort());
        try
        {
            server.Pg("initdb", "-D", server.Data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
            server.Restart();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Starts the (stopped) server again on the same port.</summary>
    public void Restart() => Pg(
        "pg_ctl", "-D", Data, "-l", LogFile, "-w", "-t", "60", "start", "-o",
        $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");

    public void Stop() => Pg("pg_ctl", "-D", Data, "-m", "fast", "-w", "stop");

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = true }.ConnectionString;

    /// <summary>A new empty database; its connection string.</summary>
    public string CreateDatabase()
    {
        var name = "extraction_" + Guid.NewGuid().ToString("N")[..12];
        // Not pooled: a pooled connection would not survive a restart of the server by an earlier test.
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public void Dispose()
    {
        try
        {
            if (File.Exists(Path.Combine(Data, "postmaster.pid")))
            {
                Pg("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("EXTRACTION_PG_BIN");
        var candidates = configured is not null
            ? [configured]
            : Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).OrderByDescending(d => d.Length).ThenByDescending(d => d, StringComparer.Ordinal).ToArray()
                : [];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, pg_ctl) not found in " + (configured ?? "/usr/lib/postgresql/*/bin") +
                ". Install them (apt-get install postgresql-15; .ci/run does) or set EXTRACTION_PG_BIN to their folder.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Pg(string program, params string[] arguments)
    {
        var path = Path.Combine(bin, program);
        try
        {
            if (asPostgresUser)
            {
                Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
            }
            else
            {
                Run(path, arguments);
            }
        }
        catch (InvalidOperationException ex) when (File.Exists(LogFile))
        {
            throw new InvalidOperationException(ex.Message + "\nServer log:\n" + File.ReadAllText(LogFile), ex);
        }
    }

    private static string Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} did not finish in 2 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }

        return output.Result;
    }
}
