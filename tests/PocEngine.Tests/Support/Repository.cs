using System;
using System.IO;

namespace PocEngine.Tests.Support;

// Finds the repository root (the folder holding PocEngine.sln). Tests read only what the repository holds: CI runs
// them in a copy with nothing beside it.
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules", "cps");

    public static string StandingData => Path.Combine(Root, "data", "standing-data");

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
