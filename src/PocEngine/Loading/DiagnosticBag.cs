using System.Collections.Generic;

namespace PocEngine.Loading;

// Collects every diagnostic of a load, so that the Try form can report all problems at once.
internal sealed class DiagnosticBag
{
    private readonly List<RuleDiagnostic> items = [];

    public int ErrorCount { get; private set; }

    public IReadOnlyList<RuleDiagnostic> Items => items;

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
        items.Add(diagnostic);
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }
    }
}
