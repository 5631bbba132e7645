using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PocEngine;

// The README's quick start first: the same lines, checked here against what the README promises.
var quick = QuickStart.Run();
if (quick.Category?.Id != "robbery" || quick.PrincipalCharge?.Code != "TH68023" || quick.DecidedBy != DecidingFactor.ModeOfTrial)
{
    Console.Error.WriteLine("The README's quick start no longer gives robbery (TH68023) decided on mode of trial.");
    return 1;
}

// Register PocEngine once at start-up, resolve it so that a bad rule set fails here rather than mid-finalisation,
// then calculate the POC of each case as it is finalised and log why whenever it differs from what was recorded.
var services = new ServiceCollection()
    .AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true))
    .AddPocEngine();
using var provider = services.BuildServiceProvider();
var calculator = provider.GetRequiredService<IPocCalculator>();
var logger = provider.GetRequiredService<ILogger<Finalisation>>();

// The README's hot path: charges resolved ahead give the same decision as the case they make.
var hot = HotPath.Run(calculator);
if (hot.Category?.Id != "robbery" || hot.HasWarnings || hot.PrincipalCharge?.Code != "TH68023")
{
    Console.Error.WriteLine("The README's hot path no longer gives robbery (TH68023) without warnings.");
    return 1;
}

var finalised = new List<(DefendantCase Case, string Recorded)>
{
    (new DefendantCase(new DateOnly(2024, 5, 1), FinalisationKind.Conviction, [new Charge("TH68023"), new Charge("OF61102")]) { Id = "C-1" }, "robbery"),
    (new DefendantCase(new DateOnly(2024, 5, 2), FinalisationKind.Conviction, [new Charge("CJ88159"), new Charge("RT88026")]) { Id = "C-2" }, "motoring-offences"),
    (new DefendantCase(new DateOnly(2024, 5, 3), FinalisationKind.Administrative, [new Charge("TH68026")]) { Id = "C-3" }, "admin-finalised"),
};

var mismatches = 0;
foreach (var (defendantCase, recorded) in finalised)
{
    var result = calculator.Calculate(defendantCase);
    var calculated = result.Category?.Id ?? PocNames.Of(result.Outcome);
    if (calculated == recorded)
    {
        Log.Calculated(logger, defendantCase.Id, calculated, result.RuleSetVersionLabel, result.RuleSetHash);
        continue;
    }

    mismatches++;
    var explained = calculator.Explain(defendantCase);
    Log.Mismatch(logger, defendantCase.Id, recorded, calculated, explained.Explanation!.Sentence);
}

// One deliberate mismatch (C-2) shows the explanation; anything else means the package misbehaves.
return mismatches == 1 ? 0 : 1;

internal sealed class Finalisation;

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Case {Id}: POC {Category} (rule set version {Version}, hash {Hash}).")]
    public static partial void Calculated(ILogger logger, string? id, string category, string version, string hash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {Id}: recorded {Recorded} but the rules give {Calculated}. {Sentence}")]
    public static partial void Mismatch(ILogger logger, string? id, string recorded, string calculated, string sentence);
}
