using System;
using System.Globalization;
using System.IO;

namespace PocEngine.Cli;

// A fault in poc itself, as opposed to a problem in what it was given: said in one sentence, with the details written
// to a file for the report, and its own exit code so that CI can tell the two apart.
internal static class InternalFault
{
    public static string Describe(Exception exception, string what) =>
        $"poc could not process {what} because of a fault in poc itself ({exception.GetType().Name}: {exception.Message.TrimEnd('.')}); this is not a problem in the input, please report it with the input that caused it.";

    // Writes the full exception beside the other temporary files and returns where, or null where it cannot.
    public static string? Record(Exception exception)
    {
        try
        {
            var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"poc-fault-{Environment.ProcessId}.txt"));
            File.WriteAllText(path, exception.ToString());
            return path;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

// A problem with what the tool was asked to do (a path it cannot write, a file it cannot read) found after the
// command started: reported as one sentence, exit code 2, never as a stack trace.
internal sealed class UsageException(string message) : Exception(message);

// Problems found in what the tool was given that stop the command (an invalid rule set), after any details were
// written: reported as one sentence, exit code 1, as a failing check is.
internal sealed class ProblemsFoundException(string message) : Exception(message);
