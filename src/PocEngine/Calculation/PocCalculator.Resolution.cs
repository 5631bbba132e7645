using System;
using System.Collections.Generic;
using PocEngine.Calculation;

namespace PocEngine;

/// <content>Resolves charges to catalogue entries and reports warnings about them.</content>
public sealed partial class PocCalculator
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Candidate Resolve(CompiledVersion compiled, Charge charge, int index)
    {
        var code = charge.Code;
        var offenceIndex = compiled.IndexOf(code);
        var normalised = false;
        if (offenceIndex < 0 && NeedsNormalising(code))
        {
            offenceIndex = compiled.IndexOf(Normalise(code));
            normalised = offenceIndex >= 0;
        }

        if (offenceIndex >= 0)
        {
            var offence = compiled.OffenceAt(offenceIndex);
            var source = normalised ? Source.NormalisedCode : Source.Catalogue;
            return offence.IsEligible
                ? new Candidate(charge, index, ChargeStatus.Counted, compiled.ScoreAt(offenceIndex), offence, source, normalised || offence.ClassifiedBy == ClassifiedBy.Fallback)
                : new Candidate(charge, index, ChargeStatus.NotAnOffence, 0, offence, source, true);
        }

        if (charge.ModeOfTrial is not { } mode)
        {
            return new Candidate(charge, index, ChargeStatus.UnknownCode, 0, null, Source.SuppliedFacts, true);
        }

        var placed = PlaceUnknown(compiled.Version, charge, mode);
        return new Candidate(charge, index, ChargeStatus.Counted, compiled.ScoreOfUnknown(code, mode, placed.Category!), placed, Source.SuppliedFacts, true);
    }

    // A code outside the catalogue with its own facts goes through the same category rules as a catalogue entry.
    private static Offence PlaceUnknown(RuleSetVersion version, Charge charge, ModeOfTrial mode)
    {
        var homeOfficeClass = HomeOfficeTable.ClassOrNull(charge.HomeOfficeClass);
        var group = version.HomeOfficeTable.GroupOf(homeOfficeClass);
        var (category, classifiedBy) = OffencePlacement.Place(version.Matchers, version.FallbackCategory, charge.Code, mode, homeOfficeClass, group, null, version, static (v, baseCode) => v.TryGetOffence(baseCode, out var found) ? found : null);
        return new Offence
        {
            Code = charge.Code,
            Title = "Offence not in the catalogue",
            CjsCategory = ModeOfTrialCodes.ToCode(mode),
            ModeOfTrial = mode,
            HomeOfficeClass = homeOfficeClass,
            HomeOfficeGroup = group,
            Category = category,
            ClassifiedBy = classifiedBy,
        };
    }

    private static bool NeedsNormalising(string code)
    {
        foreach (var c in code)
        {
            if (c is (>= 'a' and <= 'z') or ' ' or '\t')
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalise(string code) => code.Trim().ToUpperInvariant();

    private static List<PocWarning> BuildWarnings(RuleSetVersion version, DefendantCase defendantCase)
    {
        var warnings = new List<PocWarning>();
        var charges = defendantCase.Charges;
        for (var i = 0; i < charges.Count; i++)
        {
            var charge = charges[i];
            if (charge.RemovedBeforeFinalisation)
            {
                continue;
            }

            var candidate = Resolve(version.Compiled, charge, i);
            var code = charge.Code;
            var offence = candidate.Offence;
            if (candidate.Source == Source.NormalisedCode)
            {
                warnings.Add(new PocWarning(PocWarningKind.CodeNormalised, i, code, $"The code '{code}' matched the catalogue as '{offence!.Code}' only after trimming and upper-casing; send codes in upper case."));
            }

            switch (candidate.Status)
            {
                case ChargeStatus.NotAnOffence:
                    warnings.Add(new PocWarning(PocWarningKind.NotAnOffence, i, code, $"The code {offence!.Code} ({offence.Title}) has CJS offence category {offence.CjsCategory}, which is not a criminal offence, so the charge does not count."));
                    break;
                case ChargeStatus.UnknownCode:
                    warnings.Add(new PocWarning(PocWarningKind.UnknownCode, i, code, $"The code {code} is not in rule set {version.RuleSetId} version {version.Label} and the charge gives no mode of trial, so it cannot be ranked and the outcome is undetermined."));
                    break;
                case ChargeStatus.Counted when candidate.Source == Source.SuppliedFacts:
                    warnings.Add(new PocWarning(PocWarningKind.UnknownCodePlacedBySuppliedFacts, i, code, $"The code {code} is not in rule set {version.RuleSetId} version {version.Label}; the charge's own mode of trial ({offence!.CjsCategory}) and classification placed it in {offence.Category!.Name} by '{offence.ClassifiedBy}', with no known maximum penalty."));
                    break;
                case ChargeStatus.Counted when offence!.ClassifiedBy == ClassifiedBy.Fallback:
                    warnings.Add(new PocWarning(PocWarningKind.FallbackCategory, i, code, $"The code {offence.Code} ({offence.Title}) is placed in {offence.Category!.Name} by the fallback, because no category rule matches it."));
                    break;
            }
        }

        return warnings;
    }

}
