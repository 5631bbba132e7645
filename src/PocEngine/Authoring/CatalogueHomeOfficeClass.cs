using System;
using PocEngine.Loading;

namespace PocEngine.Authoring;

/// <summary>Holds one Home Office classification of the table, for <see cref="RuleFileWriter"/> to write.</summary>
public sealed class CatalogueHomeOfficeClass
{
    /// <summary>Creates a Home Office classification, checking it as a load would.</summary>
    /// <param name="class">The classification, <c>NNN/NN</c>.</param>
    /// <param name="group">The Home Office group it belongs to, such as <c>Robbery</c>.</param>
    /// <param name="title">What the classification holds, or an empty string.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The classification is not <c>NNN/NN</c>, or a text holds what a rule file cannot.</exception>
    public CatalogueHomeOfficeClass(string @class, string group, string title)
    {
        ArgumentNullException.ThrowIfNull(@class);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(title);
        if (!HomeOfficeTable.IsClass(@class))
        {
            throw new ArgumentException($"The Home Office classification '{@class}' is not allowed; {RuleFileFormat.HomeOfficeClassAllowed}.", nameof(@class));
        }

        RuleFileWriter.CheckText(group, nameof(group));
        RuleFileWriter.CheckText(title, nameof(title));
        Class = @class;
        Group = group;
        Title = title;
    }

    /// <summary>Gets the classification, <c>NNN/NN</c>.</summary>
    public string Class { get; }

    /// <summary>Gets the Home Office group.</summary>
    public string Group { get; }

    /// <summary>Gets what the classification holds.</summary>
    public string Title { get; }
}
