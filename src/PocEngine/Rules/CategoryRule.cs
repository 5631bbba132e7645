using System;

namespace PocEngine.Rules;

/// <summary>Describes one category rule: conditions on an offence's facts and the category they give.</summary>
/// <remarks>
/// Built only by the library. A rule whose <see cref="RuleConditions.InchoateBase"/> is set gives an inchoate variant
/// (8th character <c>A</c>, <c>B</c>, <c>C</c> or <c>I</c>) the category of its 7-character base code, and has no
/// <see cref="CategoryId"/> of its own. Two rules are equal when their id, category, reason and conditions are.
/// </remarks>
public sealed class CategoryRule : IEquatable<CategoryRule>
{
    internal CategoryRule(string id, string? categoryId, string? reason, RuleConditions conditions)
    {
        Id = id;
        CategoryId = categoryId;
        Reason = reason;
        Conditions = conditions;
    }

    /// <summary>Gets the rule's identifier, which <see cref="Offence.ClassifiedBy"/> reports.</summary>
    public string Id { get; }

    /// <summary>Gets the category the rule gives, or <see langword="null"/> for an inchoate-base rule.</summary>
    public string? CategoryId { get; }

    /// <summary>Gets the evidence for the rule that a reviewer can check, or <see langword="null"/> when none is written.</summary>
    public string? Reason { get; }

    /// <summary>Gets the conditions an offence's facts must meet for the rule to place it.</summary>
    public RuleConditions Conditions { get; }

    // The rule gives an inchoate variant its base's category, rather than a category of its own (OffencePlacement).
    internal bool InchoateBase => Conditions.InchoateBase;

    /// <summary>Returns whether two rules have the same id, category, reason and conditions.</summary>
    /// <param name="left">The first rule, or <see langword="null"/>.</param>
    /// <param name="right">The second rule, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(CategoryRule? left, CategoryRule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two rules differ.</summary>
    /// <param name="left">The first rule, or <see langword="null"/>.</param>
    /// <param name="right">The second rule, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CategoryRule? left, CategoryRule? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(CategoryRule? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(CategoryId, other.CategoryId, StringComparison.Ordinal)
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal)
        && Conditions.Equals(other.Conditions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CategoryRule);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), CategoryId is null ? 0 : StringComparer.Ordinal.GetHashCode(CategoryId), Reason is null ? 0 : StringComparer.Ordinal.GetHashCode(Reason), Conditions);

    /// <summary>Returns the id, conditions and category, for example <c>home-office-robbery: {ho-group: [Robbery]} gives robbery</c>.</summary>
    /// <returns>The rule in one line.</returns>
    public override string ToString() => $"{Id}: {Conditions} gives {CategoryId ?? "the inchoate base's category"}";
}
