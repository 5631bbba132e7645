using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace PocEngine.Loading;

// What 'poc import' wrote, kept beside the catalogue (offences/manifest.yaml): for each file it owns (the offence
// shards and the Home Office table), the number of entries and the SHA-256 of the text. Every load checks the files
// against it, so a catalogue file that was cut short (an interrupted copy, a half-written import), edited by hand or
// dropped in without the import is an error naming the file instead of offences silently gone. A rule set without a
// manifest (written by hand, or in a test) is not checked. The import writes the manifest (PocEngine.Cli.Import) with
// Hash and Line, so the two agree by construction.
internal static class CatalogueManifest
{
    // The SHA-256 of the text with CR LF read as LF, so that a checkout that converts line endings keeps the hash.
    public static string Hash(string text)
    {
#if NETSTANDARD2_0
        text = text.Replace("\r\n", "\n");
#else
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
#endif
#if NETSTANDARD2_0
        using var sha = SHA256.Create();
        var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
#else
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(text));
#endif
        var hex = new StringBuilder(digest.Length * 2);
        foreach (var b in digest)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    public static bool IsSha256(string value) => value.Length == 64 && value.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    // The manifest's line for one file, as the import writes it.
    public static string Line(string file, int entries, string sha256) =>
        FormattableString.Invariant($"  - {{{RuleFileFormat.ManifestFile}: {file}, {RuleFileFormat.ManifestEntries}: {entries}, {RuleFileFormat.ManifestSha256}: {sha256}}}");

    public static void Check(ParsedRuleFile manifest, IReadOnlyList<RuleSource> sources, IReadOnlyList<ParsedRuleFile?> parsed, DiagnosticBag diagnostics)
    {
        var byPath = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            byPath[sources[i].Path] = i;
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        var hashes = new string?[manifest.CatalogueManifest.Count];
        System.Threading.Tasks.Parallel.For(0, hashes.Length, i =>
        {
            if (byPath.TryGetValue(manifest.CatalogueManifest[i].File, out var index) && sources[index].Text is { } text)
            {
                hashes[i] = Hash(text);
            }
        });

        for (var i = 0; i < hashes.Length; i++)
        {
            var entry = manifest.CatalogueManifest[i];
            listed.Add(entry.File);
            if (!byPath.TryGetValue(entry.File, out var index))
            {
                diagnostics.Error(DiagnosticCodes.CatalogueManifest, manifest.Path, entry.Line, entry.Column, $"The catalogue file '{entry.File}' that 'poc import' wrote is missing; run 'poc import' again to write the whole catalogue.");
            }
            else if (hashes[i] is { } hash && !string.Equals(hash, entry.Sha256, StringComparison.Ordinal))
            {
                var held = parsed[index] is { } file ? file.Offences.Count + file.HomeOfficeClasses.Count : (int?)null;
                var count = held is { } n && n != entry.Entries
                    ? FormattableString.Invariant($"it holds {n:N0} entries where the import wrote {entry.Entries:N0}, so it was cut short or edited")
                    : "its text is not what the import wrote, so it was edited or replaced";
                diagnostics.Error(DiagnosticCodes.CatalogueManifest, entry.File, 0, 0, FormattableString.Invariant(
                    $"The catalogue file differs from the one 'poc import' wrote ({RuleFileFormat.CatalogueManifestFile}, line {entry.Line}): {count}. Run 'poc import' again, and put corrections in offence-overrides.yaml, which the import never rewrites."));
            }
        }

        foreach (var source in sources.Where(s => RuleFileFormat.IsImportedFile(s.Path) && s.Path.StartsWith(RuleFileFormat.OffencesFolder, StringComparison.Ordinal) && !listed.Contains(s.Path)))
        {
            diagnostics.Error(DiagnosticCodes.CatalogueManifest, source.Path, 0, 0, $"The catalogue file was not written by 'poc import': {RuleFileFormat.CatalogueManifestFile} does not list it. Run 'poc import' to write the catalogue, and put corrections in offence-overrides.yaml.");
        }
    }
}
