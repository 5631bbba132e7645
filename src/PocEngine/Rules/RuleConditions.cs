using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace PocEngine.Rules;

/// <summary>Describes the conditions of a category rule: every condition given must hold, and within one, any value may match.</summary>
/// <remarks>
/// Built only by the library. Enumerating lists the conditions the rule gives, in the order of the rule file format's
/// keys, each with its name and values; the typed members give each condition's values, empty where it is not given.
/// Two sets of conditions are equal when every condition's values are, one by one, in order, compared ordinally.
/// </remarks>
public sealed class RuleConditions : IReadOnlyList<RuleCondition>, IEquatable<RuleConditions>
{
    private readonly IReadOnlyList<string>[] values;
    private readonly RuleCondition[] given;

    // values: each condition's values in the order of RuleConditionKinds.All, as the parser read them.
    internal RuleConditions(IEnumerable<IEnumerable<string>> values)
    {
        this.values = [.. values.Select(v => ReadOnly.Copy(v))];
        if (this.values.Length != RuleConditionKinds.All.Length)
        {
            throw new ArgumentException("A rule's conditions need a list of values for each condition.", nameof(values));
        }

        given = [.. RuleConditionKinds.All.Where(k => this.values[k.Index].Count > 0).Select(k => new RuleCondition(k.Name, this.values[k.Index]))];
        Modes = ReadOnly.Copy(this.values[RuleConditionKinds.Mode.Index].Select(code => ModeOfTrialCodes.TryGetModeOfTrial(code, out var mode) ? mode : throw new ArgumentException($"'{code}' is not a mode of trial.", nameof(values))));
    }

    /// <summary>Gets offence codes to match exactly, or with a trailing <c>*</c> as a prefix; empty matches any.</summary>
    public IReadOnlyList<string> Codes => values[RuleConditionKinds.Code.Index];

    /// <summary>Gets the Acts to match: the first four characters of the code, the letters and year of the statute (<c>MD71</c>); empty matches any.</summary>
    public IReadOnlyList<string> Acts => values[RuleConditionKinds.Act.Index];

    /// <summary>Gets the modes of trial to match; empty matches any.</summary>
    public IReadOnlyList<ModeOfTrial> Modes { get; }

    /// <summary>Gets Home Office classifications to match, exact (<c>004/17</c>) or by class (<c>001/*</c>); empty matches any.</summary>
    public IReadOnlyList<string> HomeOfficeClasses => values[RuleConditionKinds.HomeOfficeClass.Index];

    /// <summary>Gets Home Office parent groups to match; empty matches any.</summary>
    public IReadOnlyList<string> HomeOfficeGroups => values[RuleConditionKinds.HomeOfficeGroup.Index];

    /// <summary>Gets title patterns to match, regular expressions that ignore case; any may match, and empty matches any.</summary>
    /// <remarks>An offence without a title, such as a code outside the catalogue, never matches a rule with title patterns.</remarks>
    public IReadOnlyList<string> TitlePatterns => values[RuleConditionKinds.Title.Index];

    /// <summary>Gets a value indicating whether the rule gives an inchoate variant (8th character <c>A</c>, <c>B</c>, <c>C</c> or <c>I</c>) its base code's category.</summary>
    public bool InchoateBase => values[RuleConditionKinds.InchoateBase.Index].Count > 0;

    /// <summary>Gets the Acts to match by the offence's title: an Act's name and year (<c>Identity Documents Act 2010</c>), matching a title that cites that Act whole, ignoring case; empty matches any.</summary>
    /// <remarks>A title cites an Act when it names it with its year, as in "contrary to Section 4(1) of the Identity Documents Act 2010"; an offence without a title never matches a rule with cited Acts.</remarks>
    public IReadOnlyList<string> CitedActs => values[RuleConditionKinds.CitedActs.Index];

    /// <summary>Gets the number of conditions the rule gives.</summary>
    public int Count => given.Length;

    /// <summary>Gets a condition the rule gives.</summary>
    /// <param name="index">The condition's place, from 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the conditions given.</exception>
    public RuleCondition this[int index] => index >= 0 && index < given.Length ? given[index] : throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the conditions the rule gives.");

    /// <summary>Returns whether two sets of conditions have the same values for every condition.</summary>
    /// <param name="left">The first set, or <see langword="null"/>.</param>
    /// <param name="right">The second set, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(RuleConditions? left, RuleConditions? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two sets of conditions differ.</summary>
    /// <param name="left">The first set, or <see langword="null"/>.</param>
    /// <param name="right">The second set, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RuleConditions? left, RuleConditions? right) => !(left == right);

    /// <summary>Returns an enumerator over the conditions the rule gives.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<RuleCondition> GetEnumerator() => ((IEnumerable<RuleCondition>)given).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(RuleConditions? other)
    {
        if (other is null)
        {
            return false;
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!values[i].SequenceEqual(other.values[i], StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RuleConditions);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var list in values)
        {
            hash.Add(HashOf(list));
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the conditions as a rule file's flow mapping writes them, for example <c>{mode: [CI], ho-group: [Robbery]}</c>.</summary>
    /// <returns>The conditions given, by name, with their values.</returns>
    public override string ToString() => $"{{{string.Join(", ", given.Select(c => c.ToString()))}}}";

    // One condition's values, by the condition's descriptor.
    internal IReadOnlyList<string> ValuesOf(RuleConditionKinds.Descriptor kind) => values[kind.Index];

    internal static int HashOf(IReadOnlyList<string> list)
    {
        var hash = default(HashCode);
        foreach (var value in list)
        {
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
