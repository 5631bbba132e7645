using System.CommandLine;
using System.Linq;
using PocEngine.RuleTesting;

namespace PocEngine.Cli.Commands;

internal static class TestCommand
{
    public static Command Create()
    {
        var folder = new Argument<string?>("FOLDER")
        {
            Description = "The rule set folder whose tests/ to run; without it, the embedded default rule set and its tests.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("test", "Run the rule tests in the rule set's tests/ folder; print each failure with expected against actual and the explanation, then 'N passed, N failed'. Exits 1 when any test fails. Example: poc test rules/cps")
        {
            folder,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder);
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var ruleSet = CommonOptions.LoadRules(path, error);

            var suite = path is null ? RuleTestSuite.LoadDefault() : RuleTestSuite.LoadFromDirectory(path);
            var problems = suite.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            foreach (var diagnostic in problems)
            {
                error.WriteLine(CommonOptions.Located(path, diagnostic));
            }

            var results = suite.Run(ruleSet);
            foreach (var failed in results.Where(r => !r.Passed))
            {
                output.WriteLine($"FAIL {failed.Test.File}:{failed.Test.Line} {failed.Test.Name}");
                foreach (var failure in failed.Failures)
                {
                    output.WriteLine("  " + failure);
                }

                if (failed.Actual?.Explanation is { } explanation)
                {
                    output.WriteLine("  Actual: " + explanation.Sentence);
                }
            }

            // A test with an error in its file is not run, and counts as failed; a file that is not valid YAML counts
            // once, as its tests cannot be told apart.
            var passed = results.Count(r => r.Passed);
            var failedCount = results.Count - passed + problems.Count;
            if (problems.Count > 0)
            {
                error.WriteLine($"{problems.Count} error(s) in the rule tests (above): the tests they are in did not run and count as failed; 'poc validate' reports them with the rule set.");
            }

            if (results.Count == 0)
            {
                error.WriteLine("No rule tests were found; add YAML files under the rule set's tests/ folder.");
                failedCount = 1;
            }

            output.WriteLine($"{passed} passed, {failedCount} failed");
            return failedCount == 0 ? CommonOptions.Success : CommonOptions.ProblemsFound;
        });
        return command;
    }
}
