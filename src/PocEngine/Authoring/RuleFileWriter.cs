using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PocEngine.Loading;

namespace PocEngine.Authoring;

/// <summary>Writes rule files as the loader reads them: YAML values, catalogue lines and whole catalogues.</summary>
/// <remarks>
/// The one-line catalogue format (<c>  - {code: TH68023, title: "Robbery", mode: CI, ho-class: "034/01", max: life}</c>)
/// is written here and read by the loader; a property test holds every title, whatever characters it holds, to the
/// same string through this writer and both of the loader's readers.
/// </remarks>
public static class RuleFileWriter
{
    private const string StagingPrefix = ".offences.poc-";

    /// <summary>Writes a YAML double-quoted scalar that every YAML reader reads back as the same string.</summary>
    /// <param name="value">Any text without lone surrogates.</param>
    /// <returns>The quoted value, with every character YAML does not print escaped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> holds a lone surrogate, which no UTF-8 file can hold.</exception>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        CheckText(value, nameof(value));
        return CatalogueLine.Quote(value);
    }

    /// <summary>Writes the first line of a rule file: the YAML language server's pointer to the schema beside the rule set.</summary>
    /// <param name="inSubfolder">Whether the file is in a folder of the rule set (<c>offences/</c>, <c>versions/</c>) rather than at its top.</param>
    /// <returns>The comment line, ending with a line feed.</returns>
    public static string Modeline(bool inSubfolder) => $"# yaml-language-server: $schema={(inSubfolder ? "../" : string.Empty)}{RuleFileFormat.SchemaFile}\n";

    /// <summary>Writes an offence as one line of a catalogue file or a version's changes.</summary>
    /// <param name="offence">The offence.</param>
    /// <returns>The line, without a line feed: <c>  - {code: TH68023, title: "Robbery", mode: CI, ho-class: "034/01", max: life}</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="offence"/> is null.</exception>
    public static string OffenceLine(CatalogueOffence offence)
    {
        ArgumentNullException.ThrowIfNull(offence);
        return CatalogueLine.Offence(offence);
    }

    /// <summary>Writes a Home Office classification as one line of the Home Office table or a version's changes.</summary>
    /// <param name="homeOfficeClass">The classification.</param>
    /// <returns>The line, without a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="homeOfficeClass"/> is null.</exception>
    public static string HomeOfficeClassLine(CatalogueHomeOfficeClass homeOfficeClass)
    {
        ArgumentNullException.ThrowIfNull(homeOfficeClass);
        return CatalogueLine.HomeOfficeClass(homeOfficeClass);
    }

    /// <summary>Writes an offence code as a YAML value: quoted when it starts with a digit, which YAML would otherwise read as a number.</summary>
    /// <param name="code">The offence code.</param>
    /// <returns>The code as a value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public static string Code(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return CatalogueLine.Code(code);
    }

    /// <summary>Replaces a rule set folder's catalogue (<c>offences/</c>, with its manifest) and Home Office table in one step.</summary>
    /// <param name="ruleSetDirectory">The rule set folder.</param>
    /// <param name="offences">Every offence of the catalogue; written sorted by code, one file per first character.</param>
    /// <param name="homeOfficeClasses">Every classification of the Home Office table, in the order given.</param>
    /// <remarks>
    /// Everything is written beside the old catalogue first (under names starting with a dot, which loads do not read),
    /// then renamed into place: the table, then the offences folder with its manifest as one. A write stopped at any
    /// point leaves the old catalogue or the new one, and the manifest names the file of a mixture should a stop fall
    /// between the two renames; the next write clears what a stopped one left. The files the maintainers own are never
    /// touched.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two offences share a code.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public static void WriteCatalogue(string ruleSetDirectory, IEnumerable<CatalogueOffence> offences, IEnumerable<CatalogueHomeOfficeClass> homeOfficeClasses)
    {
        ArgumentNullException.ThrowIfNull(ruleSetDirectory);
        ArgumentNullException.ThrowIfNull(offences);
        ArgumentNullException.ThrowIfNull(homeOfficeClasses);
        var sorted = new SortedDictionary<string, CatalogueOffence>(StringComparer.Ordinal);
        foreach (var offence in offences)
        {
            if (sorted.ContainsKey(offence.Code))
            {
                throw new ArgumentException($"The offence code '{offence.Code}' is given twice; a catalogue holds each code once.", nameof(offences));
            }

            sorted.Add(offence.Code, offence);
        }

        var classes = homeOfficeClasses.ToList();
        var offencesDirectory = Path.Combine(ruleSetDirectory, RuleFileFormat.OffencesFolder.TrimEnd('/'));
        ClearStopped(ruleSetDirectory, offencesDirectory);
        var id = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var staging = Path.Combine(ruleSetDirectory, StagingPrefix + "import-" + id);
        var manifest = new SortedDictionary<string, string>(StringComparer.Ordinal);
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var shard in sorted.Values.GroupBy(o => char.ToUpperInvariant(o.Code[0])))
            {
                var text = new StringBuilder(Modeline(inSubfolder: true))
                    .Append("# Generated by 'poc import' from the CJS standing data; see rules/README.md for the sources.\n")
                    .Append("# Do not edit by hand: the next import rewrites this file. Put corrections in offence-overrides.yaml.\n")
                    .Append(RuleFileFormat.Offences).Append(":\n");
                var count = 0;
                foreach (var offence in shard)
                {
                    text.Append(OffenceLine(offence)).Append('\n');
                    count++;
                }

                var name = shard.Key.ToString() + ".yaml";
                Stage(Path.Combine(staging, name), RuleFileFormat.OffencesFolder + name, text.ToString(), count, manifest);
            }

            var table = new StringBuilder(Modeline(inSubfolder: false))
                .Append("# Generated by 'poc import' from the Home Office offence classification table; see rules/README.md.\n")
                .Append("# Do not edit by hand: the next import rewrites this file.\n")
                .Append(RuleFileFormat.HomeOfficeClasses).Append(":\n");
            foreach (var cls in classes)
            {
                table.Append(HomeOfficeClassLine(cls)).Append('\n');
            }

            var stagedTable = Path.Combine(staging, RuleFileFormat.HomeOfficeFile);
            Stage(stagedTable, RuleFileFormat.HomeOfficeFile, table.ToString(), classes.Count, manifest);
            File.WriteAllText(Path.Combine(staging, Path.GetFileName(RuleFileFormat.CatalogueManifestFile)), ManifestText(manifest), Utf8);

            Move(stagedTable, Path.Combine(ruleSetDirectory, RuleFileFormat.HomeOfficeFile));
            var replaced = Path.Combine(ruleSetDirectory, StagingPrefix + "replaced-" + id);
            if (Directory.Exists(offencesDirectory))
            {
                Directory.Move(offencesDirectory, replaced);
            }

            Directory.Move(staging, offencesDirectory);
            if (Directory.Exists(replaced))
            {
                Directory.Delete(replaced, recursive: true);
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    // A title, group or other text a rule file holds: any Unicode text, but no lone surrogate (no UTF-8 file holds one).
    internal static void CheckText(string value, string parameter)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                throw new ArgumentException(FormattableString.Invariant($"The text holds a lone surrogate (U+{(int)value[i]:X4}) at {i}, which no UTF-8 file can hold."), parameter);
            }
        }
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static void Stage(string path, string relative, string text, int entries, SortedDictionary<string, string> manifest)
    {
        File.WriteAllText(path, text, Utf8);
        manifest[relative] = CatalogueManifest.Line(relative, entries, CatalogueManifest.Hash(text));
    }

    private static void Move(string from, string to)
    {
#if NETSTANDARD2_0
        if (File.Exists(to))
        {
            File.Replace(from, to, null);
            return;
        }

        File.Move(from, to);
#else
        File.Move(from, to, overwrite: true);
#endif
    }

    // What a stopped write left: its staged folder, or the old catalogue it was replacing. When the offences folder
    // itself is gone (a stop between the two renames), the old catalogue is put back first, so the rule set keeps a
    // whole catalogue until this write replaces it.
    private static void ClearStopped(string ruleSetDirectory, string offencesDirectory)
    {
        if (!Directory.Exists(ruleSetDirectory))
        {
            throw new DirectoryNotFoundException($"The rule set folder '{ruleSetDirectory}' does not exist.");
        }

        foreach (var leftover in Directory.EnumerateDirectories(ruleSetDirectory, StagingPrefix + "*").OrderBy(d => d, StringComparer.Ordinal))
        {
            if (!Directory.Exists(offencesDirectory) && Path.GetFileName(leftover).StartsWith(StagingPrefix + "replaced-", StringComparison.Ordinal))
            {
                Directory.Move(leftover, offencesDirectory);
                continue;
            }

            Directory.Delete(leftover, recursive: true);
        }
    }

    private static string ManifestText(SortedDictionary<string, string> manifest)
    {
        var text = new StringBuilder(Modeline(inSubfolder: true))
            .Append("# Written by 'poc import': each file it wrote, the entries in it and the SHA-256 of its text. Every load checks\n")
            .Append("# the files against this list, so that a file cut short, edited by hand or added without the import is an error.\n")
            .Append("# Do not edit: run 'poc import' to rewrite the catalogue and this list together.\n")
            .Append(RuleFileFormat.CatalogueManifest).Append(":\n");
        foreach (var line in manifest.Values)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}
