using System;
using System.Collections.Generic;
using PocEngine.Calculation;

namespace PocEngine;

/// <content>Resolves charges to catalogue entries and reports warnings about them.</content>
public sealed partial class PocCalculator
{
    // A charge resolved against a compiled version: the catalogue entry found once, or the slower cases apart.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static ResolvedCharge Resolve(CompiledVersion compiled, Charge charge)
    {
        var index = compiled.IndexOf(charge.Code);
        if (index >= 0 && !charge.RemovedBeforeFinalisation)
        {
            ref readonly var entry = ref compiled.EntryAt(index);
            return new ResolvedCharge(charge, compiled, entry.Status, entry.Score, entry.Offence, ResolvedBy.Catalogue, entry.HasWarning);
        }

        return ResolveOther(compiled, charge, index);
    }

    // A removed charge (its exact catalogue entry, if any, for the explanation), a code that needs normalising, or a
    // code outside the catalogue.
    private static ResolvedCharge ResolveOther(CompiledVersion compiled, Charge charge, int index)
    {
        if (charge.RemovedBeforeFinalisation)
        {
            return new ResolvedCharge(charge, compiled, ChargeStatus.RemovedBeforeFinalisation, 0, index >= 0 ? compiled.OffenceAt(index) : null, ResolvedBy.Catalogue, false);
        }

        var code = charge.Code;
        if (NeedsNormalising(code) && compiled.IndexOf(Normalise(code)) is var normalised and >= 0)
        {
            ref readonly var entry = ref compiled.EntryAt(normalised);
            return new ResolvedCharge(charge, compiled, entry.Status, entry.Score, entry.Offence, ResolvedBy.NormalisedCode, true);
        }

        if (charge.ModeOfTrial is not { } mode)
        {
            return new ResolvedCharge(charge, compiled, ChargeStatus.UnknownCode, 0, null, ResolvedBy.SuppliedFacts, true);
        }

        var placed = PlaceUnknown(compiled.Version, charge, mode);
        return new ResolvedCharge(charge, compiled, ChargeStatus.Counted, compiled.ScoreOfUnknown(code, mode, placed.Category!), placed, ResolvedBy.SuppliedFacts, true);
    }

    // A code outside the catalogue with its own facts goes through the same category rules as a catalogue entry.
    private static Offence PlaceUnknown(RuleSetVersion version, Charge charge, ModeOfTrial mode)
    {
        var homeOfficeClass = HomeOfficeTable.ClassOrNull(charge.HomeOfficeClass);
        var group = version.HomeOfficeTable.GroupOf(homeOfficeClass);
        var (category, classifiedBy) = OffencePlacement.Place(version.Matchers, version.FallbackCategory, new OffenceFacts(charge.Code, mode, homeOfficeClass, group, title: null), version, static (v, baseCode) => v.TryGetOffence(baseCode, out var found) ? found : null);
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

    private static List<PocWarning> BuildWarnings(RuleSetVersion version, IReadOnlyList<Charge> charges)
    {
        var warnings = new List<PocWarning>();
        for (var i = 0; i < charges.Count; i++)
        {
            var charge = charges[i];
            if (charge.RemovedBeforeFinalisation)
            {
                continue;
            }

            var candidate = Resolve(version.Compiled, charge);
            var code = charge.Code;
            var offence = candidate.Offence;
            if (candidate.By == ResolvedBy.NormalisedCode)
            {
                warnings.Add(new PocWarning(PocWarningKind.CodeNormalised, i, code, $"The code '{code}' matched the catalogue as '{offence!.Code}' only after trimming and upper-casing; send codes in upper case."));
            }

            switch (candidate.Status)
            {
                case ChargeStatus.NotAnOffence:
                    warnings.Add(new PocWarning(PocWarningKind.NotAnOffence, i, code, $"The code {offence!.Code} ({offence.DisplayTitle}) has CJS offence category {offence.CjsCategory}, which is not a criminal offence, so the charge does not count."));
                    break;
                case ChargeStatus.UnknownCode:
                    warnings.Add(new PocWarning(PocWarningKind.UnknownCode, i, code, $"The code {code} is not in rule set {version.RuleSetId} version {version.Label} and the charge gives no mode of trial, so it cannot be ranked and the outcome is undetermined."));
                    break;
                case ChargeStatus.Counted when candidate.By == ResolvedBy.SuppliedFacts:
                    warnings.Add(new PocWarning(PocWarningKind.UnknownCodePlacedBySuppliedFacts, i, code, $"The code {code} is not in rule set {version.RuleSetId} version {version.Label}; the charge's own mode of trial ({offence!.CjsCategory}) and classification placed it in {offence.Category!.Name} by '{offence.ClassifiedBy}', with no known maximum penalty."));
                    break;
                case ChargeStatus.Counted when offence!.ClassifiedBy == ClassifiedBy.Fallback:
                    warnings.Add(new PocWarning(PocWarningKind.FallbackCategory, i, code, $"The code {offence.Code} ({offence.DisplayTitle}) is placed in {offence.Category!.Name} by the fallback, because no category rule matches it."));
                    break;
            }
        }

        return warnings;
    }

}
