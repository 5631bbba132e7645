using System;
using System.Collections.Generic;
using System.Linq;

namespace PocEngine.Rules;

/// <summary>Describes one condition that a category rule gives: its key in rule files and the values listed for it.</summary>
/// <remarks>
/// Built only by the library. Two conditions are equal when their names are and their values are, one by one, in
/// order, compared ordinally.
/// </remarks>
public sealed class RuleCondition : IEquatable<RuleCondition>
{
    internal RuleCondition(string name, IReadOnlyList<string> values)
    {
        Name = name;
        Values = values;
    }

    /// <summary>Gets the condition's key as rule files write it under <c>when</c>, for example <c>ho-class</c> or <c>title</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the values listed for the condition, in the rule's order, any of which may match.</summary>
    /// <remarks>Values are as the rule file gives them (a mode of trial as its code, <c>CE</c>); a condition that is true or false, such as <c>inchoate-base</c>, is given only when true, and then has the one value <c>true</c>.</remarks>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Returns whether two conditions have the same name and values.</summary>
    /// <param name="left">The first condition, or <see langword="null"/>.</param>
    /// <param name="right">The second condition, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(RuleCondition? left, RuleCondition? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two conditions differ.</summary>
    /// <param name="left">The first condition, or <see langword="null"/>.</param>
    /// <param name="right">The second condition, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RuleCondition? left, RuleCondition? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(RuleCondition? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Values.SequenceEqual(other.Values, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RuleCondition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), RuleConditions.HashOf(Values));

    /// <summary>Returns the condition as a rule file's flow mapping writes it, for example <c>mode: [CI, CE]</c>.</summary>
    /// <returns>The name and values.</returns>
    public override string ToString() => $"{Name}: [{string.Join(", ", Values)}]";
}
