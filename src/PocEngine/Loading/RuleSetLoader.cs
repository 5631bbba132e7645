using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PocEngine.Validation;

namespace PocEngine.Loading;

// Runs a load end to end: sources to trees, trees to parsed files, parsed files to versions. Every stage reports
// into one DiagnosticBag, so that a single run returns every problem.
internal static class RuleSetLoader
{
    public const int SupportedSchemaVersion = 1;
    private const string EmbeddedPrefix = "PocEngine.Rules.";

    public static RuleSetLoadResult LoadDirectory(string directory, RuleSetLoadOptions options)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(directory))
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, directory, 0, 0, File.Exists(directory)
                ? $"'{directory}' is a file, not a rule set folder; pass the folder that holds ruleset.yaml."
                : $"The rule set folder '{directory}' does not exist; pass the folder that holds ruleset.yaml.");
            return new RuleSetLoadResult(null, diagnostics.Items);
        }

        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Select(f => (Full: f, Relative: Path.GetRelativePath(directory, f).Replace('\\', '/')))
            .Where(f => !RuleFileFormat.IsTestFile(f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
        if (files.Count > options.MaxFiles)
        {
            diagnostics.Error(DiagnosticCodes.TooLarge, ".", 0, 0, FormattableString.Invariant($"The rule set folder holds {files.Count} YAML files; the limit is {options.MaxFiles}, set in RuleSetLoadOptions.MaxFiles."));
            return new RuleSetLoadResult(null, diagnostics.Items);
        }

        var sources = new List<RuleSource>(files.Count);
        foreach (var (full, relative) in files)
        {
            try
            {
                var length = new FileInfo(full).Length;
                if (length > options.MaxFileBytes)
                {
                    sources.Add(RuleSource.Unreadable(relative, FormattableString.Invariant($"the file is {length} bytes, larger than the limit of {options.MaxFileBytes} bytes set in RuleSetLoadOptions.MaxFileBytes")));
                    continue;
                }

                using var stream = File.OpenRead(full);
                sources.Add(RuleSource.FromStream(relative, stream, options.MaxFileBytes));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                sources.Add(RuleSource.Unreadable(relative, "the file could not be read (" + ex.Message.TrimEnd('.') + ")"));
            }
        }

        return Load(sources, options, diagnostics);
    }

    public static RuleSetLoadResult LoadEmbedded(string ruleSetId, RuleSetLoadOptions options)
    {
        var sources = EmbeddedSources(ruleSetId, tests: false, options.MaxFileBytes);
        if (sources.Count == 0)
        {
            var diagnostics = new DiagnosticBag();
            diagnostics.Error(DiagnosticCodes.FileUnreadable, ruleSetId, 0, 0, $"The package embeds no rule set '{ruleSetId}'; the embedded default is 'cps'.");
            return new RuleSetLoadResult(null, diagnostics.Items);
        }

        return Load(sources, options, new DiagnosticBag());
    }

    // The files of an embedded rule set, by path within the rule set folder: either the rule files or the rule tests
    // under tests/, so that a load never reads the tests and the test suite never reads the catalogue.
    public static List<RuleSource> EmbeddedSources(string ruleSetId, bool tests, long maxBytes)
    {
        var assembly = typeof(RuleSetLoader).Assembly;
        var prefix = EmbeddedPrefix + ruleSetId + "/";
        var sources = new List<RuleSource>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            var path = name[prefix.Length..];
            if (RuleFileFormat.IsTestFile(path) != tests)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            sources.Add(RuleSource.FromStream(path, stream, maxBytes));
        }

        return sources;
    }

    public static RuleSetLoadResult Load(IEnumerable<RuleSource> sources, RuleSetLoadOptions options, DiagnosticBag diagnostics)
    {
        var ordered = sources.Where(s => !RuleFileFormat.IsTestFile(s.Path)).OrderBy(s => s.Path, StringComparer.Ordinal).ToArray();

        // Files are independent until they are merged, so they are read in parallel, each into its own diagnostics,
        // which are then taken in file order: the result is the same as reading them one by one.
        var files = new ParsedRuleFile?[ordered.Length];
        var fileDiagnostics = new DiagnosticBag[ordered.Length];
        System.Threading.Tasks.Parallel.For(0, ordered.Length, i =>
        {
            fileDiagnostics[i] = new DiagnosticBag();
            files[i] = ReadFile(ordered[i], options, fileDiagnostics[i]);
        });

        var parsed = new List<ParsedRuleFile>(ordered.Length);
        for (var i = 0; i < ordered.Length; i++)
        {
            foreach (var diagnostic in fileDiagnostics[i].Items)
            {
                diagnostics.Add(diagnostic);
            }

            if (files[i] is { } file)
            {
                parsed.Add(file);
            }
        }

        // A header that is there but unreadable or invalid has its own diagnostics; only a header that is not there at
        // all is reported as missing.
        var present = new HashSet<string>(ordered.Select(s => s.Path), StringComparer.Ordinal);
        var readErrors = diagnostics.ErrorCount;
        var ruleSet = Build(parsed, present, readErrors > 0, options, diagnostics);
        var unique = Deduplicate(diagnostics.Items);
        return new RuleSetLoadResult(unique.Any(d => d.Severity == DiagnosticSeverity.Error) ? null : ruleSet, unique);
    }

    private static ParsedRuleFile? ReadFile(RuleSource source, RuleSetLoadOptions options, DiagnosticBag diagnostics)
    {
        if (source.Text is null)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, source.Path, 0, 0, $"The rule file cannot be loaded: {source.ReadError}.");
            return null;
        }

        if (source.Text.Length > options.MaxFileBytes)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, source.Path, 0, 0, FormattableString.Invariant($"The rule file cannot be loaded: it is larger than the limit of {options.MaxFileBytes} bytes set in RuleSetLoadOptions.MaxFileBytes."));
            return null;
        }

        if (FlowLineReader.TryRead(source.Path, source.Text, options) is { } fast)
        {
            return fast;
        }

        var root = DocumentReader.Read(source.Path, source.Text, options, diagnostics);
        return root is null ? null : RuleFileParser.Parse(source.Path, root, diagnostics);
    }

    // A file that could not be read, or an entry that was left out for an error, makes the later stages see a rule set
    // with parts missing; their findings ("no fallback-category", "no such category") would only echo the first
    // mistake. So when reading found errors, the header is still checked on its own, and compiling waits for a clean read.
    private static RuleSet? Build(List<ParsedRuleFile> files, HashSet<string> present, bool readFailed, RuleSetLoadOptions options, DiagnosticBag diagnostics)
    {
        var headerFile = files.FirstOrDefault(f => f.Kind == RuleFileKind.Header);
        if (headerFile?.Header is not { } header)
        {
            if (!present.Contains(RuleFileFormat.HeaderFile))
            {
                diagnostics.Error(DiagnosticCodes.MissingPart, RuleFileFormat.HeaderFile, 0, 0, "The rule set has no ruleset.yaml; it names the rule set, its schema version and its versions.");
            }

            return null;
        }

        if (header.SchemaVersion is { } schema && schema != SupportedSchemaVersion)
        {
            diagnostics.Error(DiagnosticCodes.UnsupportedSchemaVersion, headerFile.Path, header.Line, 1, FormattableString.Invariant($"The schema version {schema} is not one this engine reads; it reads schema version {SupportedSchemaVersion}."));
            return null;
        }

        if (header.Id is null || header.Name is null || header.SchemaVersion is null)
        {
            return null;
        }

        var versions = CheckVersions(header, files, present, diagnostics);
        if (readFailed)
        {
            return null;
        }

        var draft = new VersionDraft();
        foreach (var file in files.Where(f => f.Kind != RuleFileKind.VersionChanges))
        {
            draft.AddBase(file, diagnostics);
        }

        var changesByPath = files.Where(f => f.Kind == RuleFileKind.VersionChanges).ToDictionary(f => f.Path, StringComparer.Ordinal);
        var built = new List<RuleSetVersion>();
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            if (i > 0)
            {
                draft = draft.Clone();
                if (version.Changes is not null && changesByPath.TryGetValue(NormaliseChangesPath(version.Changes.Value), out var changes))
                {
                    draft.ApplyChanges(changes, diagnostics);
                }
            }

            var compiled = VersionCompiler.Compile(header.Id, version, draft, options, diagnostics);
            if (compiled is not null)
            {
                built.Add(compiled);
            }
        }

        return built.Count == versions.Count && versions.Count > 0
            ? new RuleSet(header.Id, header.Name, header.Description, header.SchemaVersion.Value, built)
            : null;
    }

    private static List<VersionDoc> CheckVersions(HeaderDoc header, List<ParsedRuleFile> files, HashSet<string> present, DiagnosticBag diagnostics)
    {
        var file = RuleFileFormat.HeaderFile;
        var result = new List<VersionDoc>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        VersionDoc? previous = null;
        foreach (var version in header.Versions)
        {
            if (!labels.Add(version.Label))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateVersion, file, version.Line, version.Column, $"The version label '{version.Label}' is used twice; give each version a unique label.");
                continue;
            }

            if (previous is not null && version.EffectiveFrom <= previous.EffectiveFrom)
            {
                var relation = version.EffectiveFrom == previous.EffectiveFrom ? "the same effective-from date as" : "an earlier effective-from date than";
                diagnostics.Error(DiagnosticCodes.VersionDates, file, version.Line, version.Column, FormattableString.Invariant($"The version '{version.Label}' has {relation} '{previous.Label}' ({version.EffectiveFrom:yyyy-MM-dd}); list versions in order of strictly later dates, as each is in force until the next one's date."));
                continue;
            }

            if (version.Changes is not null && previous is null)
            {
                diagnostics.Error(DiagnosticCodes.VersionChanges, file, version.Changes.Line, version.Changes.Column, $"The first version '{version.Label}' names a changes file; the first version is the base files themselves, and only later versions list changes.");
            }
            else if (version.Changes is not null)
            {
                var path = NormaliseChangesPath(version.Changes.Value);
                if (!path.StartsWith(RuleFileFormat.VersionsFolder, StringComparison.Ordinal))
                {
                    diagnostics.Error(DiagnosticCodes.VersionChanges, file, version.Changes.Line, version.Changes.Column, $"The changes file '{version.Changes.Value}' of version '{version.Label}' is not under versions/; keep each version's changes in the versions folder.");
                }
                else if (!present.Contains(path))
                {
                    // A file that is there but unreadable has its own error; this one is for a file that is not there.
                    diagnostics.Error(DiagnosticCodes.VersionChanges, file, version.Changes.Line, version.Changes.Column, $"The changes file '{version.Changes.Value}' of version '{version.Label}' does not exist; create it under versions/ or correct the name.");
                }
            }

            result.Add(version);
            previous = version;
        }

        var referenced = new HashSet<string>(header.ChangesFiles.Select(NormaliseChangesPath), StringComparer.Ordinal);
        foreach (var orphan in files.Where(f => f.Kind == RuleFileKind.VersionChanges && !referenced.Contains(f.Path)))
        {
            diagnostics.Error(DiagnosticCodes.VersionChanges, orphan.Path, 0, 0, "The changes file belongs to no version; name it as 'changes' of a version in ruleset.yaml, or delete it.");
        }

        return result;
    }

    private static string NormaliseChangesPath(string path) => path.Replace('\\', '/').TrimStart('.', '/');

    private static List<RuleDiagnostic> Deduplicate(IReadOnlyList<RuleDiagnostic> items)
    {
        var seen = new HashSet<RuleDiagnostic>();
        return items.Where(seen.Add).ToList();
    }
}
