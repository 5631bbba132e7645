using System.Linq;
using PocEngine.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit3;
using Xunit;

namespace PocEngine.Tests.Snapshots;

// The explanation of every worked example of the domain brief, as a reviewed snapshot: the sentence and the ranked
// charges with the facts they were ranked on.
public sealed class ExplanationSnapshotTests
{
    public static TheoryData<string, string[]> WorkedExamples() => new()
    {
        { "1-robbery-abh", ["TH68023", "OF61102"] },
        { "2-burglary-damage", ["TH68026", "CD71038"] },
        { "3-drugs-laundering", ["MD71230", "PC02020"] },
        { "4-wounding-affray", ["OF61016", "PU86003"] },
        { "5-emergency-worker-driving", ["CJ88159", "RT88026", "RT88007"] },
        { "6-two-motoring", ["RT88007", "RT88333"] },
    };

    [Theory]
    [MemberData(nameof(WorkedExamples))]
    public void Explain_WorkedExample_MatchesTheReviewedExplanation(string name, string[] codes)
    {
        var result = new PocCalculator(DefaultRules.RuleSet).Explain(Cases.Convicted(codes));

        Snapshot.Match(Render(result), new SnapshotNameExtension(name));
    }

    [Fact]
    public void Explain_AdministrativeFinalisation_MatchesTheReviewedExplanation()
    {
        var result = new PocCalculator(DefaultRules.RuleSet).Explain(Cases.Of(FinalisationKind.Administrative, new Charge("TH68023"), new Charge("OF61102")));

        Snapshot.Match(Render(result));
    }

    private static object Render(PrincipalOffenceResult result) => new
    {
        Outcome = PocNames.Of(result.Outcome),
        Category = result.Category?.Id,
        Principal = result.PrincipalCharge?.Code,
        DecidedBy = PocNames.Of(result.DecidedBy),
        result.Explanation!.Sentence,
        Charges = result.Explanation.Charges.Select(c => new
        {
            c.Rank,
            c.Charge.Code,
            Status = PocNames.Of(c.Status),
            c.Offence?.Title,
            Mode = c.Offence?.CjsCategory,
            Max = c.Offence?.MaximumPenalty?.ToString(),
            Category = c.Offence?.Category?.Id,
        }).ToArray(),
    };
}
