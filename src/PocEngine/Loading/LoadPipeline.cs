using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PocEngine.Validation;

namespace PocEngine.Loading;

// Runs a load end to end: sources to trees, trees to parsed files, parsed files to versions. Every stage reports
// into one DiagnosticBag, so that a single run returns every problem.
internal static class LoadPipeline
{
    public const int SupportedSchemaVersion = 1;
    private const string EmbeddedPrefix = "PocEngine.Rules.";

    public static RuleSetLoadResult LoadDirectory(string directory, RuleSetLoadOptions options)
    {
        var diagnostics = new DiagnosticBag(options.MaxDiagnostics);
        var folder = FileEntry.Of(directory, followLinks: true);
        if (folder.Kind != FileEntryKind.Directory)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, directory, 0, 0, folder.Kind == FileEntryKind.Missing
                ? $"The rule set folder '{directory}' does not exist; pass the folder that holds ruleset.yaml."
                : $"'{directory}' is {FileEntry.Describe(folder.Kind)}, not a rule set folder; pass the folder that holds ruleset.yaml.");
            return new RuleSetLoadResult(null, diagnostics.Items);
        }

        return Guarded(diagnostics, () =>
        {
            var files = RuleFolder.List(directory, options, diagnostics);
            var total = files.Sum(f => f.Length);
            if (total > options.MaxTotalBytes)
            {
                var largest = string.Join(", ", files.OrderByDescending(f => f.Length).ThenBy(f => f.RelativePath, StringComparer.Ordinal).Take(3).Select(f => FormattableString.Invariant($"{f.RelativePath} ({f.Length:N0} bytes)")));
                diagnostics.Error(DiagnosticCodes.TooLarge, ".", 0, 0, FormattableString.Invariant($"The rule files hold {total:N0} bytes together, more than the limit of {options.MaxTotalBytes:N0} set in RuleSetLoadOptions.MaxTotalBytes, so none was read; the largest are {largest}."));
                return new RuleSetLoadResult(null, diagnostics.Items);
            }

            var sources = new List<RuleSource>(files.Count);
            foreach (var file in files)
            {
                sources.Add(Read(file, options));
            }

            return LoadInto(sources, options, diagnostics);
        });
    }

    // One rule file, already known to be a regular file inside the folder and within the size limit when listed.
    private static RuleSource Read(RuleFolder.File file, RuleSetLoadOptions options)
    {
        if (file.Length > options.MaxFileBytes)
        {
            return RuleSource.Unreadable(file.RelativePath, FormattableString.Invariant($"the file is {file.Length} bytes, larger than the limit of {options.MaxFileBytes} bytes set in RuleSetLoadOptions.MaxFileBytes"));
        }

        try
        {
            using var stream = File.OpenRead(file.FullPath);
            return RuleSource.FromStream(file.RelativePath, stream, options.MaxFileBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return RuleSource.Unreadable(file.RelativePath, "the file could not be read (" + ex.Message.TrimEnd('.') + ")");
        }
    }

    // Runs a load so that it ends in a result whatever the files hold: a load stopped at its diagnostic limit ends with
    // the diagnostics so far and a closing one; running out of memory or stack (a resource the files can exhaust) is a
    // diagnostic, not an exception, so that the caller's last good rule set stays in service.
    private static RuleSetLoadResult Guarded(DiagnosticBag diagnostics, Func<RuleSetLoadResult> load)
    {
        try
        {
            return load();
        }
        catch (LoadStoppedException)
        {
        }
        catch (Exception ex) when (ex is OutOfMemoryException or InsufficientExecutionStackException)
        {
            diagnostics.Add(LoadFailed(ex));
        }
        catch (AggregateException ex) when (ex.Flatten().InnerExceptions.All(e => e is LoadStoppedException or OutOfMemoryException or InsufficientExecutionStackException))
        {
            if (ex.Flatten().InnerExceptions.FirstOrDefault(e => e is not LoadStoppedException) is { } exhausted)
            {
                diagnostics.Add(LoadFailed(exhausted));
            }
        }

        diagnostics.Summarise();
        return new RuleSetLoadResult(null, Deduplicate(diagnostics.Items));
    }

    public static RuleDiagnostic LoadFailed(Exception ex) => new(DiagnosticCodes.LoadFailed, DiagnosticSeverity.Error, RuleFileFormat.HeaderFile, 0, 0, ex switch
    {
        OutOfMemoryException => "The load ran out of memory, so it was abandoned; the rule files are larger than this process can load (lower RuleSetLoadOptions' limits, or find the file that grew).",
        InsufficientExecutionStackException => "The load ran out of stack, so it was abandoned; a rule file nests too deeply for this process.",
        _ => $"The load failed with {ex.GetType().Name}: {ex.Message.TrimEnd('.')}. This is a fault in PocEngine; please report it.",
    });

    public static RuleSetLoadResult LoadEmbedded(string ruleSetId, RuleSetLoadOptions options)
    {
        var sources = EmbeddedSources(ruleSetId, tests: false, options.MaxFileBytes);
        if (sources.Count == 0)
        {
            var diagnostics = new DiagnosticBag(options.MaxDiagnostics);
            diagnostics.Error(DiagnosticCodes.FileUnreadable, ruleSetId, 0, 0, $"The package embeds no rule set '{ruleSetId}'; the embedded default is 'cps'.");
            return new RuleSetLoadResult(null, diagnostics.Items);
        }

        return Load(sources, options);
    }

    // The files of an embedded rule set, by path within the rule set folder: either the rule files or the rule tests
    // under tests/, so that a load never reads the tests and the test suite never reads the catalogue.
    public static List<RuleSource> EmbeddedSources(string ruleSetId, bool tests, long maxBytes)
    {
        var assembly = typeof(LoadPipeline).Assembly;
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

    public static RuleSetLoadResult Load(IEnumerable<RuleSource> sources, RuleSetLoadOptions options)
    {
        var diagnostics = new DiagnosticBag(options.MaxDiagnostics);
        return Guarded(diagnostics, () => LoadInto(sources, options, diagnostics));
    }

    private static RuleSetLoadResult LoadInto(IEnumerable<RuleSource> sources, RuleSetLoadOptions options, DiagnosticBag diagnostics)
    {
        var ordered = sources.Where(s => !RuleFileFormat.IsTestFile(s.Path)).OrderBy(s => s.Path, StringComparer.Ordinal).ToArray();

        // Files are independent until they are merged, so they are read in parallel, each into its own diagnostics,
        // which are then taken in file order: the result is the same as reading them one by one.
        var files = new ParsedRuleFile?[ordered.Length];
        var fileDiagnostics = new DiagnosticBag[ordered.Length];
        System.Threading.Tasks.Parallel.For(0, ordered.Length, i =>
        {
            fileDiagnostics[i] = new DiagnosticBag(options.MaxDiagnostics);
            try
            {
                files[i] = ReadFile(ordered[i], options, fileDiagnostics[i]);
            }
            catch (LoadStoppedException)
            {
                // The file had more errors than the limit: what it listed is kept, and the load stops when it is merged.
            }
        });

        var parsed = new List<ParsedRuleFile>(ordered.Length);
        for (var i = 0; i < ordered.Length; i++)
        {
            diagnostics.AddAll(fileDiagnostics[i]);
            if (files[i] is { } file)
            {
                parsed.Add(file);
            }
        }

        if (Array.Find(files, f => f?.Kind == RuleFileKind.CatalogueManifest) is { } manifest)
        {
            CatalogueManifest.Check(manifest, ordered, files, diagnostics);
        }

        // A header that is there but unreadable or invalid has its own diagnostics; only a header that is not there at
        // all is reported as missing.
        var present = new HashSet<string>(ordered.Select(s => s.Path), StringComparer.Ordinal);
        var readErrors = diagnostics.ErrorCount;
        var ruleSet = Build(parsed, present, readErrors > 0, options, diagnostics);
        diagnostics.Summarise();
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

        var titleClock = new TitleClock(options.MaxTitlePatternTime, options.MaxTotalTitlePatternTime);
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

            var compiled = VersionCompiler.Compile(header.Id, version, draft, titleClock, options, diagnostics);
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
            diagnostics.Error(DiagnosticCodes.VersionChanges, orphan.Path, 0, 0, $"The changes file belongs to no version; name it as '{RuleFileFormat.Changes}' of a version in ruleset.yaml, or delete it.");
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
