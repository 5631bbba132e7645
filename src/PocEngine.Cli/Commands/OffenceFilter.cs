using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.RegularExpressions;

namespace PocEngine.Cli.Commands;

// The filters 'poc offences' and 'poc review' share, as 'dotnet list package' filters its list: each option given
// narrows the offences (an offence must pass every option given), and an option given more than once matches any of
// its values. A value the rule set version does not know (a category, rule or source) is bad usage, exit 2, naming
// what is allowed: a misspelt filter must not print an empty list that reads as "none".
internal sealed class OffenceFilter
{
    private readonly HashSet<string> categories;
    private readonly HashSet<string> classifiedBy;
    private readonly bool fallback;
    private readonly Regex? codes;

    private OffenceFilter(HashSet<string> categories, HashSet<string> classifiedBy, bool fallback, Regex? codes)
    {
        this.categories = categories;
        this.classifiedBy = classifiedBy;
        this.fallback = fallback;
        this.codes = codes;
    }

    public bool IsEmpty => categories.Count == 0 && classifiedBy.Count == 0 && !fallback && codes is null;

    public bool Includes(Offence offence) =>
        (categories.Count == 0 || (offence.Category is { } category && categories.Contains(category.Id)))
        && (classifiedBy.Count == 0 || classifiedBy.Contains(offence.ClassifiedBy))
        && (!fallback || offence.ClassifiedBy == ClassifiedBy.Fallback)
        && (codes is null || codes.IsMatch(offence.Code));

    // The four options, to add to a command.
    internal sealed class Options
    {
        public Option<string[]> Category { get; } = new("--category")
        {
            Description = "Only offences in this category, by id (robbery) or name (Robbery); give it again for more than one.",
            HelpName = "CATEGORY",
        };

        public Option<string[]> ClassifiedBy { get; } = new("--classified-by")
        {
            Description = "Only offences placed by this category rule (its id, as the classifiedBy column shows it) or source: override, fallback or not-an-offence; give it again for more than one.",
            HelpName = "RULE",
        };

        public Option<bool> Fallback { get; } = new("--fallback")
        {
            Description = "Only offences left to the fallback category, because no category rule matches them.",
        };

        public Option<string[]> Code { get; } = new("--code")
        {
            Description = "Only codes starting with this prefix (MD71), or matching this pattern, where * is any run of characters and ? one character (TH68*3, ??71001); give it again for more than one.",
            HelpName = "PATTERN",
        };

        public void AddTo(Command command)
        {
            command.Options.Add(Category);
            command.Options.Add(ClassifiedBy);
            command.Options.Add(Fallback);
            command.Options.Add(Code);
        }

        // The filter the options ask for, checked against the version: throws a UsageException for an unknown value.
        public OffenceFilter Read(ParseResult parse, RuleSetVersion version) => Of(
            version,
            parse.GetValue(Category) ?? [],
            parse.GetValue(ClassifiedBy) ?? [],
            parse.GetValue(Fallback),
            parse.GetValue(Code) ?? []);
    }

    public static OffenceFilter Of(RuleSetVersion version, IEnumerable<string> categories, IEnumerable<string> classifiedBy, bool fallback, IEnumerable<string> codes)
    {
        var categoryIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var given in categories)
        {
            var category = version.Categories.FirstOrDefault(c => string.Equals(c.Id, given.Trim(), StringComparison.Ordinal))
                ?? version.Categories.FirstOrDefault(c => string.Equals(c.Name, given.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"--category '{given}' is not a category of version {version.Label}; its categories are {string.Join(", ", version.Categories.Select(c => c.Id))}.");
            categoryIds.Add(category.Id);
        }

        var sources = new[] { PocEngine.ClassifiedBy.Override, PocEngine.ClassifiedBy.Fallback, PocEngine.ClassifiedBy.NotAnOffence };
        var placers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var given in classifiedBy)
        {
            var name = given.Trim();
            if (!sources.Contains(name, StringComparer.Ordinal) && !version.CategoryRules.Any(r => string.Equals(r.Id, name, StringComparison.Ordinal)))
            {
                var near = version.CategoryRules.Select(r => r.Id).Concat(sources).Where(id => id.Contains(name, StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
                var hint = near.Count > 0 ? $" Did you mean {string.Join(", ", near)}?" : $" 'poc offences' lists each offence's classifiedBy.";
                throw new UsageException($"--classified-by '{given}' is neither a category rule of version {version.Label} nor one of {string.Join(", ", sources)}.{hint}");
            }

            placers.Add(name);
        }

        var patterns = codes.Select(Pattern).ToList();
        var regex = patterns.Count == 0 ? null
            : new Regex("^(?:" + string.Join("|", patterns) + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return new OffenceFilter(categoryIds, placers, fallback, regex);
    }

    // A prefix (no wildcard) matches codes that start with it; with * or ?, the pattern matches the whole code.
    private static string Pattern(string given)
    {
        var pattern = given.Trim();
        if (pattern.Length == 0 || pattern.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '*' or '?')))
        {
            throw new UsageException($"--code '{given}' is not a code prefix or pattern; use letters and digits, with * for any run of characters and ? for one (MD71, TH68*, ??71001).");
        }

        var escaped = Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal);
        return pattern.Contains('*', StringComparison.Ordinal) || pattern.Contains('?', StringComparison.Ordinal) ? escaped + "$" : escaped;
    }
}
