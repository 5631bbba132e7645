using System;

namespace PocEngine;

/// <summary>Describes one principal offence category of a rule set.</summary>
/// <remarks>Built only by the library, from a rule set's <c>categories</c>. Two categories are equal when their id, name and precedence are.</remarks>
public sealed class Category : IEquatable<Category>
{
    internal Category(string id, string name, int precedence)
    {
        Id = id;
        Name = name;
        Precedence = precedence;
    }

    /// <summary>Gets the category's identifier, for example <c>offences-against-the-person</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the category's display name, for example <c>Offences Against The Person</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the category's precedence: 1 is the most serious.</summary>
    public int Precedence { get; }

    /// <summary>Returns whether two categories have the same id, name and precedence.</summary>
    /// <param name="left">The first category, or <see langword="null"/>.</param>
    /// <param name="right">The second category, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Category? left, Category? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two categories differ.</summary>
    /// <param name="left">The first category, or <see langword="null"/>.</param>
    /// <param name="right">The second category, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Category? left, Category? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(Category? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && string.Equals(Name, other.Name, StringComparison.Ordinal) && Precedence == other.Precedence;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Category);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), StringComparer.Ordinal.GetHashCode(Name), Precedence);

    /// <summary>Returns the name and id, for example <c>Robbery (robbery)</c>.</summary>
    /// <returns>The name and id.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
