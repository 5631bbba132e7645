using System;
using System.IO;

namespace PocEngine.Tests.Support;

// Finds the repository root (the folder holding PocEngine.sln) and the shared domain data beside it.
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules", "cps");

    public static string StandingData => Path.Combine(Root, "..", "shared", "domain", "data");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PocEngine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository: no PocEngine.sln above " + AppContext.BaseDirectory + ".");
    }
}
