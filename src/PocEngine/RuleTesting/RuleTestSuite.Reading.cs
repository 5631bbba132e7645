using System;
using System.Collections.Generic;
using PocEngine.Loading;

namespace PocEngine.RuleTesting;

/// <content>Reads rule test files.</content>
public sealed partial class RuleTestSuite
{
    // The removed-charge flag has one name in every format: RemovedBeforeFinalisation in C#, removedBeforeFinalisation
    // in case files (JSON and CSV), removed-before-finalisation here and as a charge status.
    private const string RemovedKey = "removed-before-finalisation";

    private static readonly string[] FileKeys = ["tests"];
    private static readonly string[] TestKeys = ["name", "finalised-on", "finalisation", "version", "charges", "expect"];
    private static readonly string[] ChargeKeys = ["code", "seq", "id", RemovedKey, "mode", "ho-class"];
    private static readonly string[] ExpectKeys = ["outcome", "category", "principal", "classified-by", "decided-by", "warnings"];

    private static void ReadFile(string file, DocumentNode root, DiagnosticBag diagnostics, List<RuleTestCase> tests)
    {
        var map = MappingReader.Open(file, root, "a rule test file", FileKeys, diagnostics);
        var list = map?.Sequence("tests", required: true, "A rule test file");
        foreach (var item in list?.Items ?? [])
        {
            var errors = diagnostics.ErrorCount;
            var test = ReadTest(file, item, diagnostics);
            if (test is not null && diagnostics.ErrorCount == errors)
            {
                tests.Add(test);
            }
        }
    }

    private static RuleTestCase? ReadTest(string file, DocumentNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(file, node, "a rule test", TestKeys, diagnostics);
        if (map is null)
        {
            return null;
        }

        const string what = "A rule test";
        var name = map.String("name", required: true, what);
        var date = map.Date("finalised-on", required: true, what);
        var finalisation = Parse<FinalisationKind>(map, "finalisation", required: true, PocNames.TryParse);
        var version = map.Scalar("version", required: false, what);
        var charges = ReadCharges(map);
        var expectNode = map.Get("expect");
        if (expectNode is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingKey, file, node, $"The rule test '{name}' has no 'expect'; say at least the expected outcome.");
            return null;
        }

        var expect = MappingReader.Open(file, expectNode, "a test's expectations", ExpectKeys, diagnostics);
        if (expect is null || name is null || date is null || finalisation is null || charges is null)
        {
            return null;
        }

        var outcome = Parse<PocOutcome>(expect, "outcome", required: true, PocNames.TryParse);
        var decidedBy = Parse<DecidingFactor>(expect, "decided-by", required: false, PocNames.TryParse);
        List<PocWarningKind>? warnings = null;
        if (expect.Get("warnings") is { } warningsNode && expect.AsSequence(warningsNode, "The 'warnings' of a test's expectations") is { } warningList)
        {
            warnings = [];
            foreach (var item in warningList.Items)
            {
                if (item is ScalarNode scalar && PocNames.TryParse(scalar.Value, out PocWarningKind kind))
                {
                    warnings.Add(kind);
                }
                else
                {
                    var hint = item is ScalarNode named ? MappingReader.DidYouMean(named.Value, PocNames.Names<PocWarningKind>()) : string.Empty;
                    diagnostics.Error(DiagnosticCodes.InvalidValue, file, item, $"An expected warning must be one of {PocNames.List<PocWarningKind>()}.{hint}");
                }
            }
        }

        if (outcome is null)
        {
            return null;
        }

        var category = expect.Scalar("category", required: false, "A test's expectations");
        var classifiedBy = expect.Scalar("classified-by", required: false, "A test's expectations");

        return new RuleTestCase
        {
            Name = name,
            File = file,
            Line = node.Line,
            Case = new DefendantCase(PocDates.ToDateTime(date.Value), finalisation.Value, charges) { Id = name },
            Version = version?.Value,
            VersionAt = Located(version),
            ExpectedOutcome = outcome.Value,
            ExpectedCategory = category?.Value,
            CategoryAt = Located(category),
            ExpectedPrincipal = expect.String("principal", required: false, "A test's expectations"),
            ExpectedClassifiedBy = classifiedBy?.Value,
            ClassifiedByAt = Located(classifiedBy),
            ExpectedDecidedBy = decidedBy,
            ExpectedWarnings = warnings,
        };
    }

    private static Located<string>? Located(ScalarNode? node) => node is null ? null : Located<string>.At(node.Value, node);

    private static List<Charge>? ReadCharges(MappingReader map)
    {
        var list = map.Sequence("charges", required: true, "A rule test");
        if (list is null)
        {
            return null;
        }

        var charges = new List<Charge>();
        foreach (var item in list.Items)
        {
            if (item is ScalarNode { IsNull: false } plain)
            {
                charges.Add(new Charge(plain.Value));
                continue;
            }

            var entry = MappingReader.Open(map.File, item, "a test charge", ChargeKeys, map.Diagnostics);
            var code = entry?.String("code", required: true, "A test charge");
            if (entry is null || code is null)
            {
                continue;
            }

            ModeOfTrial? mode = null;
            if (entry.Scalar("mode", required: false, "A test charge") is { } modeNode)
            {
                if (ModeOfTrialCodes.TryGetModeOfTrial(modeNode.Value, out var parsed))
                {
                    mode = parsed;
                }
                else
                {
                    map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, modeNode, $"The mode '{modeNode.Value}' of a test charge is not a mode of trial; {ModeOfTrialCodes.AllowedModes}.");
                }
            }

            try
            {
                charges.Add(new Charge(code)
                {
                    Sequence = entry.Integer("seq", required: false, "A test charge", 0, int.MaxValue),
                    Id = entry.String("id", required: false, "A test charge"),
                    RemovedBeforeFinalisation = entry.Boolean(RemovedKey, "A test charge") ?? false,
                    ModeOfTrial = mode,
                    HomeOfficeClass = entry.String("ho-class", required: false, "A test charge"),
                });
            }
            catch (ArgumentException ex)
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, item, ex.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
            }
        }

        return charges;
    }

    private delegate bool NameParser<T>(string? name, out T value);

    private static T? Parse<T>(MappingReader map, string key, bool required, NameParser<T> parse)
        where T : struct, Enum
    {
        var scalar = map.Scalar(key, required, "A rule test");
        if (scalar is null)
        {
            return null;
        }

        if (parse(scalar.Value, out var value))
        {
            return value;
        }

        map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.File, scalar, $"The '{key}' '{scalar.Value}' is not allowed; use one of {PocNames.List<T>()}.{MappingReader.DidYouMean(scalar.Value, PocNames.Names<T>())}");
        return null;
    }
}
