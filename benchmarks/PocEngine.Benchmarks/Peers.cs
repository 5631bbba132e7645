using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using RulesEngine.Models;

namespace PocEngine.Benchmarks;

// The same job as PocEngine.Calculate, done the way a team might without it, on the same rule data: each counted
// charge becomes a fact holding its ranking keys in the version's order (K0 most significant; bigger is more
// serious, so the offence code is ranked by its negated ordinal position), and the peer picks the charge with the
// greatest keys. Only the peers' own mechanisms differ.
public sealed class ChargeFact
{
    public required string Code { get; init; }

    public required string Category { get; init; }

    public long K0 { get; init; }

    public long K1 { get; init; }

    public long K2 { get; init; }

    public long K3 { get; init; }

    // One fact per charge: a rules engine tracks facts by identity, and a case may charge the same offence twice.
    public ChargeFact ForCharge() => new() { Code = Code, Category = Category, K0 = K0, K1 = K1, K2 = K2, K3 = K3 };

    public bool Outranks(ChargeFact other) =>
        K0 != other.K0 ? K0 > other.K0 : K1 != other.K1 ? K1 > other.K1 : K2 != other.K2 ? K2 > other.K2 : K3 > other.K3;
}

public sealed class PrincipalFact(ChargeFact charge)
{
    public ChargeFact Charge { get; } = charge;
}

// NRules: the principal is a charge that no other charge outranks (Rete matching with a negative condition).
public sealed class PrincipalOffenceRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        ChargeFact charge = null!;
        When()
            .Match(() => charge)
            .Not<ChargeFact>(other => other.Outranks(charge));
        Then()
            .Do(ctx => ctx.Insert(new PrincipalFact(charge)));
    }
}

internal sealed class Peers
{
    private const string WorkflowName = "principal-offence";
    private readonly Dictionary<string, ChargeFact> facts = new(StringComparer.Ordinal);
    private readonly RulesEngine.RulesEngine rulesEngine;
    private readonly ISessionFactory nrules;

    public Peers(RuleSetVersion version)
    {
        var codes = version.Offences.Select(o => o.Code).ToArray();
        var penalties = version.Offences.Where(o => o.MaximumPenalty.HasValue).Select(o => Length(o.MaximumPenalty!.Value)).Distinct().Order().ToList();
        for (var i = 0; i < codes.Length; i++)
        {
            var offence = version.Offences[i];
            if (!offence.IsEligible)
            {
                continue;
            }

            var keys = version.Ordering.Select(key => key switch
            {
                RankingKey.ModeOfTrial => offence.ModeOfTrial switch { ModeOfTrial.IndictableOnly => 3L, ModeOfTrial.EitherWay => 2L, _ => 1L },
                RankingKey.MaximumPenalty => offence.MaximumPenalty is { } max ? penalties.BinarySearch(Length(max)) + 1L : 0L,
                RankingKey.CategoryPrecedence => -offence.Category!.Precedence,
                _ => -(long)i,
            }).ToArray();
            facts[offence.Code] = new ChargeFact { Code = offence.Code, Category = offence.Category!.Id, K0 = keys[0], K1 = keys.ElementAtOrDefault(1), K2 = keys.ElementAtOrDefault(2), K3 = keys.ElementAtOrDefault(3) };
        }

        // RulesEngine: one workflow, one rule that always applies, and an OutputExpression action (the documented
        // way to return a value) that orders the charges by the keys and takes the first one's category.
        var workflow = new Workflow
        {
            WorkflowName = WorkflowName,
            Rules =
            [
                new RulesEngine.Models.Rule
                {
                    RuleName = "PickPrincipal",
                    RuleExpressionType = RuleExpressionType.LambdaExpression,
                    Expression = "charges.Count > 0",
                    Actions = new RuleActions
                    {
                        OnSuccess = new ActionInfo
                        {
                            Name = "OutputExpression",
                            Context = new Dictionary<string, object> { ["Expression"] = "charges.OrderByDescending(c => c.K0).ThenByDescending(c => c.K1).ThenByDescending(c => c.K2).ThenByDescending(c => c.K3).First().Category" },
                        },
                    },
                },
            ],
        };
        rulesEngine = new RulesEngine.RulesEngine([workflow], new ReSettings());

        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(PrincipalOffenceRule)));
        nrules = repository.Compile();
    }

    public List<ChargeFact> Facts(DefendantCase defendantCase) =>
        [.. defendantCase.Charges.Where(c => !c.RemovedBeforeFinalisation).Select(c => facts[c.Code].ForCharge())];

    public static string? Linq(List<ChargeFact> charges) =>
        charges.OrderByDescending(c => c.K0).ThenByDescending(c => c.K1).ThenByDescending(c => c.K2).ThenByDescending(c => c.K3).FirstOrDefault()?.Category;

    public async Task<string?> RulesEngineAsync(List<ChargeFact> charges)
    {
        var results = await rulesEngine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("charges", charges)).ConfigureAwait(false);
        return results[0].ActionResult?.Output as string;
    }

    public string? NRules(List<ChargeFact> charges)
    {
        var session = nrules.CreateSession();
        session.InsertAll(charges);
        session.Fire();
        return session.Query<PrincipalFact>().FirstOrDefault()?.Charge.Category;
    }

    private static double Length(MaximumPenalty max) =>
        max.IsLife ? double.MaxValue : (max.Years * 12.0) + max.Months + (max.Weeks * 12.0 / 52.1775) + (max.Days * 12.0 / 365.25);
}
