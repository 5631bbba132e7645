using System;
using System.Collections.Generic;

namespace PocEngine.Loading;

// Collects every diagnostic of a load, so that the Try form can report all problems at once, up to a limit
// (RuleSetLoadOptions.MaxDiagnostics): past it, a warning is counted and an error stops the load with
// LoadStoppedException, since a load that already failed gains nothing from more work, and a hostile file of a
// million mistakes must not cost a million diagnostics' memory.
internal sealed class DiagnosticBag(int limit = int.MaxValue)
{
    private readonly List<RuleDiagnostic> items = [];

    public int ErrorCount { get; private set; }

    // Warnings past the limit, counted and not kept.
    public int DroppedWarnings { get; private set; }

    // True once an error past the limit stopped the load: more errors were found than are listed.
    public bool Stopped { get; private set; }

    public IReadOnlyList<RuleDiagnostic> Items => items;

    public int Limit => limit;

    public void Error(string code, string file, int line, int column, string message) =>
        Add(new RuleDiagnostic(code, DiagnosticSeverity.Error, file, line, column, message));

    public void Error(string code, string file, DocumentNode node, string message) =>
        Error(code, file, node.Line, node.Column, message);

    public void Warning(string code, string file, int line, int column, string message) =>
        Add(new RuleDiagnostic(code, DiagnosticSeverity.Warning, file, line, column, message));

    public void Warning(string code, string file, DocumentNode node, string message) =>
        Warning(code, file, node.Line, node.Column, message);

    public void Add(RuleDiagnostic diagnostic)
    {
        var error = diagnostic.Severity == DiagnosticSeverity.Error;
        if (error)
        {
            ErrorCount++;
        }

        if (items.Count < limit)
        {
            items.Add(diagnostic);
            return;
        }

        if (!error)
        {
            DroppedWarnings++;
            return;
        }

        Stop();
    }

    // Takes another bag's diagnostics in order, and its stop: a part that stopped had more errors than it listed.
    public void AddAll(DiagnosticBag other)
    {
        foreach (var diagnostic in other.items)
        {
            Add(diagnostic);
        }

        DroppedWarnings += other.DroppedWarnings;
        if (other.Stopped)
        {
            Stop();
        }
    }

    // The closing diagnostic of a load that passed the limit: how the list was cut. Added past the limit on purpose.
    public void Summarise()
    {
        if (Stopped)
        {
            items.Add(new RuleDiagnostic(DiagnosticCodes.DiagnosticLimit, DiagnosticSeverity.Error, RuleFileFormat.HeaderFile, 0, 0, FormattableString.Invariant(
                $"The load stopped after {limit:N0} diagnostics, the limit set in RuleSetLoadOptions.MaxDiagnostics, with more errors still to report; correct these and load again to see the rest.")));
        }
        else if (DroppedWarnings > 0)
        {
            items.Add(new RuleDiagnostic(DiagnosticCodes.DiagnosticLimit, DiagnosticSeverity.Warning, RuleFileFormat.HeaderFile, 0, 0, FormattableString.Invariant(
                $"{DroppedWarnings:N0} more warning(s) not shown: only the first {limit:N0} diagnostics are listed (RuleSetLoadOptions.MaxDiagnostics).")));
        }
    }

    private void Stop()
    {
        Stopped = true;
        throw new LoadStoppedException();
    }
}

// Thrown when an error passes the diagnostic limit: the work of the load, or of the file being read, ends there.
internal sealed class LoadStoppedException : Exception
{
}
