using System;
using System.Globalization;

namespace PocEngine;

/// <summary>Describes one problem found while loading a rule set: what, where, and what is allowed.</summary>
/// <param name="Code">The stable diagnostic code, for example <c>POC1010</c>; <see cref="DiagnosticCodes"/> lists them.</param>
/// <param name="Severity">Whether the problem stops the rule set loading.</param>
/// <param name="File">The rule file's path relative to the rule set folder, with forward slashes.</param>
/// <param name="Line">The 1-based line, or 0 when the problem concerns the whole file or rule set.</param>
/// <param name="Column">The 1-based column, or 0 when the problem concerns the whole file or rule set.</param>
/// <param name="Message">One sentence saying what is wrong and what is allowed.</param>
public sealed record RuleDiagnostic(string Code, DiagnosticSeverity Severity, string File, int Line, int Column, string Message)
{
    /// <summary>Formats the diagnostic as compilers do: <c>file(line,col): error POC1010: message</c>.</summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var place = Line > 0
            ? FormattableString.Invariant($"{File}({Line},{Column})")
            : File;
        return $"{place}: {severity} {Code}: {Message}";
    }
}
