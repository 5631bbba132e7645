using System;
using PocEngine.Loading;

namespace PocEngine.Authoring;

/// <summary>Holds one offence of a catalogue as the standing data gives it, for <see cref="RuleFileWriter"/> to write.</summary>
public sealed class CatalogueOffence
{
    /// <summary>Creates a catalogue offence, checking each fact as a load would.</summary>
    /// <param name="code">The CJS offence code: 1 to 16 ASCII letters and digits.</param>
    /// <param name="title">The offence's title; empty where the standing data gives none.</param>
    /// <param name="cjsCategory">The CJS offence category as the standing data writes it (<c>CI</c>, <c>CE</c>, <c>CS</c>, <c>CM</c>, or another code for what is not an offence).</param>
    /// <param name="homeOfficeClass">The Home Office classification (<c>NNN/NN</c>), or <see langword="null"/>.</param>
    /// <param name="maximum">The maximum penalty as the rule files write it (<c>life</c>, <c>14y</c>, <c>6m</c>), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="title"/> or <paramref name="cjsCategory"/> is null.</exception>
    /// <exception cref="ArgumentException">A fact is not one a rule file allows; the message says which and what is allowed.</exception>
    public CatalogueOffence(string code, string title, string cjsCategory, string? homeOfficeClass = null, string? maximum = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(cjsCategory);
        if (!RuleFileFormat.IsCode(code))
        {
            throw new ArgumentException($"The offence code '{code}' is not allowed; {RuleFileFormat.CodeAllowed}.", nameof(code));
        }

        if (!RuleFileFormat.IsCode(cjsCategory))
        {
            throw new ArgumentException($"The CJS offence category '{cjsCategory}' of '{code}' is not allowed; write the standing data's code, such as {ModeOfTrialCodes.CriminalCodes}.", nameof(cjsCategory));
        }

        if (homeOfficeClass is not null && !HomeOfficeTable.IsClass(homeOfficeClass))
        {
            throw new ArgumentException($"The Home Office classification '{homeOfficeClass}' of '{code}' is not allowed; {RuleFileFormat.HomeOfficeClassAllowed}.", nameof(homeOfficeClass));
        }

        if (maximum is not null && !MaximumPenalty.TryParse(maximum, out _))
        {
            throw new ArgumentException($"The maximum '{maximum}' of '{code}' is not allowed; {RuleFileFormat.MaximumAllowed}.", nameof(maximum));
        }

        RuleFileWriter.CheckText(title, nameof(title));
        Code = code;
        Title = title;
        CjsCategory = cjsCategory;
        HomeOfficeClass = homeOfficeClass;
        Maximum = maximum;
    }

    /// <summary>Gets the CJS offence code.</summary>
    public string Code { get; }

    /// <summary>Gets the offence's title; empty where the standing data gives none.</summary>
    public string Title { get; }

    /// <summary>Gets the CJS offence category, as the standing data writes it.</summary>
    public string CjsCategory { get; }

    /// <summary>Gets the Home Office classification, or <see langword="null"/>.</summary>
    public string? HomeOfficeClass { get; }

    /// <summary>Gets the maximum penalty as the rule files write it, or <see langword="null"/>.</summary>
    public string? Maximum { get; }
}
