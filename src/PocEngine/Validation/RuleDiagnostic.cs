using System;
using System.Globalization;

namespace PocEngine.Rules;

/// <summary>Describes one problem found while loading a rule set: what, where, and what is allowed.</summary>
/// <remarks>Built only by the library. Two diagnostics are equal when all their members are.</remarks>
public sealed class RuleDiagnostic : IEquatable<RuleDiagnostic>
{
    internal RuleDiagnostic(string code, DiagnosticSeverity severity, string file, int line, int column, string message)
    {
        Code = code;
        Severity = severity;
        File = file;
        Line = line;
        Column = column;
        Message = message;
    }

    /// <summary>Gets the stable diagnostic code, for example <c>POC1010</c>; <see cref="DiagnosticCodes"/> lists them.</summary>
    public string Code { get; }

    /// <summary>Gets whether the problem stops the rule set loading.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Gets the rule file's path relative to the rule set folder, with forward slashes.</summary>
    public string File { get; }

    /// <summary>Gets the 1-based line, or 0 when the problem concerns the whole file or rule set.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column, or 0 when the problem concerns the whole file or rule set.</summary>
    public int Column { get; }

    /// <summary>Gets one sentence saying what is wrong and what is allowed.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(RuleDiagnostic? other) =>
        other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal) && Severity == other.Severity && string.Equals(File, other.File, StringComparison.Ordinal)
        && Line == other.Line && Column == other.Column && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RuleDiagnostic);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), StringComparer.Ordinal.GetHashCode(File), Line, Column, StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>Formats the diagnostic as compilers do: <c>file(line,col): error POC1010: message</c>.</summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString() => ToString(null);

    /// <summary>Formats the diagnostic as compilers do, with its file shown under a folder: <c>folder/file(line,col): error POC1010: message</c>.</summary>
    /// <param name="folder">The rule set folder to show the file under, or <see langword="null"/> for the path within the rule set.</param>
    /// <returns>The formatted diagnostic; only the path gets forward slashes, never the message.</returns>
    public string ToString(string? folder)
    {
        var file = folder is null ? File : System.IO.Path.Combine(folder, File).Replace('\\', '/');
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var place = Line > 0 ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", file, Line, Column) : file;
        return $"{place}: {severity} {Code}: {Message}";
    }
}
