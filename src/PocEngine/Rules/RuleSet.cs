using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PocEngine;

/// <summary>Holds a named, versioned rule set: the versions in force from their dates, each immutable.</summary>
/// <remarks>A loaded rule set never changes and is safe to share between threads.</remarks>
public sealed partial class RuleSet
{
    internal RuleSet(string id, string name, string? description, int schemaVersion, IReadOnlyList<RuleSetVersion> versions)
    {
        Id = id;
        Name = name;
        Description = description;
        SchemaVersion = schemaVersion;
        Versions = ReadOnly.Copy(versions);
        versionArray = [.. versions];
    }

    // The versions again as an array, for choosing the version in force on every calculation without interface calls.
    private readonly RuleSetVersion[] versionArray;

    /// <summary>Gets the rule set's id, for example <c>cps</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the rule set's display name.</summary>
    public string Name { get; }

    /// <summary>Gets the rule set's description, where it gives one.</summary>
    public string? Description { get; }

    /// <summary>Gets the schema version of the rule files.</summary>
    public int SchemaVersion { get; }

    /// <summary>Gets the versions, in order of their effective-from dates.</summary>
    public IReadOnlyList<RuleSetVersion> Versions { get; }

    /// <summary>Gets the newest version.</summary>
    public RuleSetVersion Latest => Versions[^1];

#if !NETSTANDARD2_0
    /// <summary>Finds the version in force on a date: the last whose effective-from date is on or before it.</summary>
    /// <param name="date">The finalisation date.</param>
    /// <returns>The version in force.</returns>
    /// <exception cref="RuleSetVersionNotFoundException">The date is before the first version's effective-from date.</exception>
    public RuleSetVersion GetVersionInForce(DateOnly date) => VersionInForce(date);
#endif

    /// <summary>
    /// Finds the version in force on a date given as a <see cref="DateTime"/> at midnight, for hosts without
    /// <c>DateOnly</c>: the last version whose effective-from date is on or before it.
    /// </summary>
    /// <param name="date">The finalisation date, at midnight; its <see cref="DateTime.Kind"/> is ignored.</param>
    /// <returns>The version in force.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> has a time of day: pass the calendar date (its <c>.Date</c>).</exception>
    /// <exception cref="RuleSetVersionNotFoundException">The date is before the first version's effective-from date.</exception>
    public RuleSetVersion GetVersionInForce(DateTime date) => VersionInForce(PocDates.FromDateTime(date, nameof(date)));

    // Most cases are finalised under the newest version, so that one is tried, inline in the calculator's loop, before
    // the search.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal RuleSetVersion VersionInForce(DateOnly date)
    {
        var latest = versionArray[^1];
        return latest.EffectiveFromDay <= date ? latest : EarlierVersionInForce(date);
    }

    private RuleSetVersion EarlierVersionInForce(DateOnly date)
    {
        var versions = versionArray;
        var low = 0;
        var high = versions.Length - 2;
        var found = -1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (versions[mid].EffectiveFromDay <= date)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        if (found < 0)
        {
            throw new RuleSetVersionNotFoundException(FormattableString.Invariant($"No version of rule set '{Id}' is in force on {date:yyyy-MM-dd}: the first version, '{versions[0].Label}', is in force from {versions[0].EffectiveFromDay:yyyy-MM-dd}."));
        }

        return versions[found];
    }

    /// <summary>Finds a version by its label.</summary>
    /// <param name="label">The version label, for example <c>2025.1</c>.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="RuleSetVersionNotFoundException">The rule set has no version with that label.</exception>
    public RuleSetVersion GetVersion(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        foreach (var version in Versions)
        {
            if (string.Equals(version.Label, label, StringComparison.Ordinal))
            {
                return version;
            }
        }

        throw new RuleSetVersionNotFoundException($"Rule set '{Id}' has no version '{label}'; its versions are {string.Join(", ", Versions.Select(v => v.Label))}.");
    }
}
