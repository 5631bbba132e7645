using System;
using PocEngine;

// The README's quick start, compiled and run with this sample against the packed package, so that it cannot go stale:
// a test (ReadmeTests) checks that the README shows exactly the lines between the snippet markers.
internal static class QuickStart
{
    public static PrincipalOffenceResult Run()
    {
        // begin-snippet: quick-start
        var calculator = new PocCalculator(RuleSet.Default);
        var defendantCase = new DefendantCase(
            new DateOnly(2024, 5, 1),
            FinalisationKind.Conviction,
            [new Charge("TH68023"), new Charge("OF61102")]);

        PrincipalOffenceResult result = calculator.Calculate(defendantCase);
        // result.Category.Id == "robbery", result.PrincipalCharge.Code == "TH68023",
        // result.DecidedBy == DecidingFactor.ModeOfTrial

        string why = calculator.Explain(defendantCase).Explanation!.Sentence;
        // "Robbery (TH68023, indictable-only) outranks Assault ... (OF61102, either way) on mode of trial."
        // end-snippet
        Console.WriteLine(why);
        return result;
    }
}
