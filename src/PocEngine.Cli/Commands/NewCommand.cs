using System.CommandLine;
using System.Globalization;
using System.Text;
using PocEngine.Authoring;
using PocEngine.Cli.Import;

namespace PocEngine.Cli.Commands;

// 'poc new version': starts a version the way the rule set's README describes, with a changes file that points at the
// schema beside it (so the editor completes it) and the version's entry in ruleset.yaml.
internal static class NewCommand
{
    public static Command Create()
    {
        var label = new Argument<string>("LABEL") { Description = "The new version's label, for example 2027.1." };
        var rules = new Option<string>("--rules")
        {
            Description = "The rule set folder to add the version to (the one holding ruleset.yaml).",
            HelpName = "FOLDER",
            Required = true,
        };
        var effectiveFrom = new Option<string>("--effective-from") { Description = "The first finalisation date (yyyy-MM-dd) the new version applies to.", HelpName = "DATE", Required = true };
        var description = new Option<string?>("--description") { Description = "The new version's description: what it changes and why.", HelpName = "TEXT" };
        var version = new Command("version", "Start a new version of a rule set: write versions/LABEL.yaml, a changes file to fill in (its sections replace or add entries by key), and add the version to ruleset.yaml. Example: poc new version 2027.1 --effective-from 2027-04-01 --rules rules/cps")
        {
            label,
            rules,
            effectiveFrom,
            description,
        };
        version.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var folder = parse.GetValue(rules)!;
            var (plan, problem) = NewVersion.Prepare(folder, parse.GetValue(label)!, parse.GetValue(effectiveFrom));
            if (plan is null)
            {
                error.WriteLine(problem);
                return CommonOptions.BadInput;
            }

            var result = plan.Write(Skeleton(plan), parse.GetValue(description));
            if (!result.Success)
            {
                foreach (var diagnostic in result.Errors)
                {
                    error.WriteLine(CommonOptions.Located(folder, diagnostic));
                }

                error.WriteLine($"Version '{plan.Label}' would not load, so it was not added; the rule set is unchanged.");
                return CommonOptions.ProblemsFound;
            }

            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"Added version '{plan.Label}' from {plan.EffectiveFrom:yyyy-MM-dd}; its changes go in {plan.ChangesFile}, which changes nothing yet.");
            output.WriteLine($"Fill it in, then run 'poc validate {folder}', 'poc test {folder}' and 'poc diff --rules {folder} --from {plan.Before.Latest.Label} --to {plan.Label}'.");
            return CommonOptions.Success;
        });

        return new Command("new", "Start something new in a rule set folder, ready to fill in.") { version };
    }

    // A changes file that loads and changes nothing, with each section a maintainer may use shown as a commented example
    // that loads when uncommented on its own (NewVersionTests uncomments each). The one live section is an empty
    // home-office-classes, which adds nothing and which no example repeats: a changes file must hold a mapping, and a
    // live offence-overrides: [] above a commented offence-overrides example gave a duplicate key once uncommented.
    internal static string Skeleton(NewVersion plan)
    {
        var text = new StringBuilder();
        text.Append(RuleFileWriter.Modeline(inSubfolder: true));
        text.Append(CultureInfo.InvariantCulture, $"# Version {plan.Label}, in force from {plan.EffectiveFrom:yyyy-MM-dd}: what it changes from version {plan.Before.Latest.Label}, and only that.\n");
        text.Append("""
            # offences and offence-overrides add or replace entries by code, home-office-classes by class, and
            # remove-offences retires codes; categories, ordering, category-rules and fallback-category replace the previous
            # version's whole section. Worked examples: the rule set's README, "Everyday changes". Uncomment what you need
            # (remove the '# ' from an example's lines) and change its values:
            #
            # offence-overrides:                      # recategorise or correct a code, with the reason
            #   - {code: TH68023, reason: "Why", category: robbery}
            # offences:                               # add a code (or change one) in the catalogue
            #   - {code: ZZ99001, title: "Title", mode: CE, ho-class: "034/01", max: 5y}
            # remove-offences: [01CP003]              # retire codes of the previous version
            # ordering: [mode-of-trial, maximum-penalty, category-precedence, offence-code]
            #
            # category-rules replace the whole list: copy the list from category-rules.yaml under a category-rules key here,
            # then change it.
            #
            # The section below adds nothing; it is here because a changes file holds at least one section. Add Home Office
            # classes to it, or delete it once you have uncommented another section.
            home-office-classes: []

            """);
        return text.ToString();
    }
}
