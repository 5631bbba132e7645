using System;

namespace PocEngine;

/// <summary>Converts the engine's enumerations to and from the kebab-case names that rule files, tests and the CLI use.</summary>
/// <remarks>The names are part of the file and output formats: they never change once shipped.</remarks>
public static class PocNames
{
    // The zero member of an enumeration that has none is named "none" and never parsed: it is not a value a file or
    // a result holds (PocOutcome.None, ChargeStatus.None, FinalisationKind.None).
    private static readonly string[] Outcomes = ["none", "determined", "admin-finalised", "undetermined"];
    private static readonly string[] Factors = FactorNames();
    private static readonly string[] WarningKinds = ["unknown-code", "unknown-code-placed-by-supplied-facts", "not-an-offence", "fallback-category", "code-normalised"];
    private static readonly string[] Finalisations = ["none", "conviction", "unsuccessful", "administrative"];
    private static readonly string[] Statuses = ["none", "counted", "removed-before-finalisation", "not-an-offence", "unknown-code", "not-ranked"];
    private static readonly string[] MaximumSources = ["none", "catalogue", "inchoate-base", "equivalent", "ho-class-peers", "inchoate-variants"];

    /// <summary>Gets the name of an outcome, for example <c>admin-finalised</c>.</summary>
    /// <param name="value">The outcome.</param>
    /// <returns>The name.</returns>
    public static string Of(PocOutcome value) => Outcomes[(int)value];

    /// <summary>Gets the name of a deciding factor, for example <c>mode-of-trial</c>.</summary>
    /// <param name="value">The factor.</param>
    /// <returns>The name.</returns>
    public static string Of(DecidingFactor value) => Factors[(int)value];

    /// <summary>Gets the name of a warning kind, for example <c>unknown-code</c>.</summary>
    /// <param name="value">The warning kind.</param>
    /// <returns>The name.</returns>
    public static string Of(PocWarningKind value) => WarningKinds[(int)value];

    /// <summary>Gets the name of a finalisation kind, for example <c>conviction</c>.</summary>
    /// <param name="value">The finalisation kind.</param>
    /// <returns>The name.</returns>
    public static string Of(FinalisationKind value) => Finalisations[(int)value];

    /// <summary>Gets the name of a charge status, for example <c>removed-before-finalisation</c>.</summary>
    /// <param name="value">The status.</param>
    /// <returns>The name.</returns>
    public static string Of(ChargeStatus value) => Statuses[(int)value];

    /// <summary>Gets the name of a ranking key, for example <c>maximum-penalty</c>.</summary>
    /// <param name="value">The key.</param>
    /// <returns>The name.</returns>
    public static string Of(RankingKey value) => RankingKeys.Of(value).Name;

    /// <summary>Gets the name of where a maximum penalty came from, for example <c>inchoate-base</c>.</summary>
    /// <param name="value">The source.</param>
    /// <returns>The name.</returns>
    public static string Of(MaximumPenaltySource value) => MaximumSources[(int)value];

    /// <summary>Reads an outcome's name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The outcome, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse(string? name, out PocOutcome value) => TryFind(Outcomes, name, out value, from: 1);

    /// <summary>Reads a deciding factor's name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The factor, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse(string? name, out DecidingFactor value) => TryFind(Factors, name, out value);

    /// <summary>Reads a warning kind's name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The warning kind, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse(string? name, out PocWarningKind value) => TryFind(WarningKinds, name, out value);

    /// <summary>Reads a finalisation kind's name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The finalisation kind, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse(string? name, out FinalisationKind value) => TryFind(Finalisations, name, out value, from: 1);

    internal static string List<T>()
        where T : struct, Enum => string.Join(", ", Names<T>());

    // The names a file may give: every name but that of a zero member that is no value ("none").

    internal static string[] Names<T>()
        where T : struct, Enum => typeof(T) switch
        {
            var t when t == typeof(PocOutcome) => WithoutNone(Outcomes),
            var t when t == typeof(DecidingFactor) => Factors,
            var t when t == typeof(PocWarningKind) => WarningKinds,
            var t when t == typeof(FinalisationKind) => WithoutNone(Finalisations),
            _ => throw new ArgumentException("No names are defined for " + typeof(T).Name + ".", nameof(T)),
        };

    // The factors that are not ranking keys are named here; a ranking key's factor is named as the key (RankingKeys).
    private static string[] FactorNames()
    {
        string[] others = ["none", "finalisation", "only-offence"];
        var names = new string[others.Length + RankingKeys.Count];
        others.CopyTo(names, 0);
        foreach (var key in RankingKeys.Descriptors)
        {
            names[(int)key.Factor] = key.Name;
        }

        return names;
    }

    private static string[] WithoutNone(string[] names)
    {
        var rest = new string[names.Length - 1];
        Array.Copy(names, 1, rest, 0, rest.Length);
        return rest;
    }

    private static bool TryFind<T>(string[] names, string? name, out T value, int from = 0)
        where T : struct, Enum
    {
        var index = name is null ? -1 : Array.IndexOf(names, name, from);
        value = index >= 0 ? (T)(object)index : default;
        return index >= 0;
    }
}
