using System.Diagnostics;

namespace Vigie.Storage.Tests.Resume;

/// <summary>Starts this test assembly as a child process (its app host, or <c>dotnet exec</c> when there is none).</summary>
internal static class ChildProcess
{
    public static Process Start(params string[] arguments)
    {
        var assembly = typeof(ChildProcess).Assembly.Location;
        var appHost = Path.ChangeExtension(assembly, OperatingSystem.IsWindows() ? ".exe" : null);
        ProcessStartInfo info;
        if (File.Exists(appHost))
        {
            info = new ProcessStartInfo(appHost);
        }
        else
        {
            info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
            info.ArgumentList.Add("exec");
            info.ArgumentList.Add(assembly);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        return Process.Start(info) ?? throw new InvalidOperationException("Le processus enfant n'a pas démarré.");
    }
}
