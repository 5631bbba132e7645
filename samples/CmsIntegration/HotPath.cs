using System;
using PocEngine;

// The README's hot-path example, compiled and run with this sample against the packed package (see QuickStart.cs).
internal static class HotPath
{
    public static PocDecision Run(IPocCalculator calculator)
    {
        // begin-snippet: hot-path
        // When a charge is entered or changed: resolve it once and keep the handle beside it.
        ResolvedCharge robbery = calculator.Resolve(new Charge("TH68023") { Sequence = 1 });
        ResolvedCharge abh = calculator.Resolve(new Charge("OF61102") { Sequence = 2 });

        // At finalisation: only comparisons. Decide allocates nothing; Calculate adds the warnings' text.
        PocDecision decision = calculator.Decide(new DateOnly(2024, 5, 1), FinalisationKind.Conviction, [robbery, abh]);
        // decision.Category.Id == "robbery", decision.HasWarnings == false
        // end-snippet
        return decision;
    }
}
