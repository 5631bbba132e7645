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
        string code,
        ModeOfTrial mode,
        string? homeOfficeClass,
        string? homeOfficeGroup,
        string? title,
        TState state,
        Func<TState, string, Offence?> baseOf)
    {
        var prepared = title is null ? null : new OffenceTitle(title);
        foreach (var rule in rules)
        {
            if (!rule.Matches(code, mode, homeOfficeClass, homeOfficeGroup, prepared))
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
