using System.Globalization;
using System.Text;

namespace PocEngine.Cli.Import;

// Writes YAML double-quoted scalars, so that any title (commas, colons, quotes, '#', control characters) round-trips.
internal static class YamlText
{
    // The schema lives in the rule set folder, so that a copy of the folder keeps editor completion working.
    public const string SchemaFileName = "poc-rules.schema.json";

    // The first line of every rule file: the YAML language server's pointer to the schema, relative to the file.
    public static string Modeline(bool inSubfolder) => $"# yaml-language-server: $schema={(inSubfolder ? "../" : string.Empty)}{SchemaFileName}\n";

    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\u0085': text.Append("\\N"); break;
                case '\u2028': text.Append("\\L"); break;
                case '\u2029': text.Append("\\P"); break;
                default:
                    if (c < ' ' || c == '\u007f' || c == '\ufeff')
                    {
                        text.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }
}
