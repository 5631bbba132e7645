using System;
using System.Collections.Generic;
using PocEngine;

namespace Cms.Finalisation;

/// <summary>Calculates the POC of a case at finalisation, as a .NET Framework 4.8 host of PocEngine would.</summary>
public sealed class CaseFinaliser
{
    private readonly RuleSet rules;
    private readonly PocCalculator calculator;

    /// <summary>Creates a finaliser over a rule set, usually <see cref="RuleSet.Default"/>.</summary>
    /// <param name="rules">The rule set.</param>
    public CaseFinaliser(RuleSet rules)
    {
        this.rules = rules;
        calculator = new PocCalculator(rules);
    }

    /// <summary>Calculates the POC of a case finalised on a day; only the date part of <paramref name="finalisedOn"/> counts.</summary>
    /// <param name="id">The case's identifier.</param>
    /// <param name="finalisedOn">When the case was finalised, in the host's local time.</param>
    /// <param name="finalisation">How the case was finalised.</param>
    /// <param name="charges">The case's charges.</param>
    /// <returns>The POC, its principal charge and the rule set version that decided it.</returns>
    public PrincipalOffenceResult Finalise(string id, DateTime finalisedOn, FinalisationKind finalisation, IEnumerable<Charge> charges)
    {
        // PocEngine takes a calendar date: a DateTime with a time of day is refused, so the host decides which day it is.
        var defendantCase = new DefendantCase(finalisedOn.Date, finalisation, charges) { Id = id };
        return calculator.Calculate(defendantCase);
    }

    /// <summary>Gets the first date on which the rule set version in force on a day applies.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The version's effective-from date, at midnight.</returns>
    public DateTime VersionStart(DateTime day) => rules.GetVersionInForce(day.Date).EffectiveFromDateTime;
}
