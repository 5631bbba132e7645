using System;
using System.Collections.Generic;

namespace PocEngine;

// The one place an offence gets its category from the category rules: the first rule whose every condition holds
// wins; an inchoate-base rule holds when the 7-character base offence is in the catalogue and was placed by a rule or
// an override (a base left to the fallback gives nothing to inherit); no rule gives the fallback. Used for every
// catalogue entry when a version is built, and for a code outside the catalogue that carries its own facts.
internal static class OffencePlacement
{
    // baseOf: the catalogue entry of a base code, resolved, or null; state is passed to it so that callers need no
    // closure.
    [System.Runtime.CompilerServices.MethodImpl(Optimization.Aggressive)] // Runs for every offence of every load.
    public static (Category Category, string ClassifiedBy) Place<TState>(
        IReadOnlyList<RuleMatcher> rules,
        Category fallback,
        in OffenceFacts offence,
        TState state,
        Func<TState, string, Offence?> baseOf)
    {
        var code = offence.Code;
        foreach (var rule in rules)
        {
            if (!rule.Matches(in offence))
            {
                continue;
            }

            if (!rule.Rule.InchoateBase)
            {
                return (rule.Category!, rule.Rule.Id);
            }

            if (RuleMatcher.IsInchoate(code) && baseOf(state, code.Substring(0, 7)) is { Category: { } inherited } baseOffence
                && baseOffence.ClassifiedBy is not (ClassifiedBy.Fallback or ClassifiedBy.NotAnOffence))
            {
                return (inherited, rule.Rule.Id);
            }
        }

        return (fallback, ClassifiedBy.Fallback);
    }
}

// The facts of an offence that the category rules read: a catalogue entry's, or those a charge outside the catalogue
// carries (which has no title). The title is prepared once here for every rule's title patterns.
internal readonly struct OffenceFacts(string code, ModeOfTrial mode, string? homeOfficeClass, string? homeOfficeGroup, string? title)
{
    public string Code { get; } = code;

    public ModeOfTrial Mode { get; } = mode;

    // The Home Office classification (NNN/NN) and its parent group, each null when unknown.
    public string? HomeOfficeClass { get; } = homeOfficeClass;

    public string? HomeOfficeGroup { get; } = homeOfficeGroup;

    public OffenceTitle? Title { get; } = title is null ? null : new OffenceTitle(title);
}
