namespace PocEngine.Cli.Output;

// Writes one CSV field, quoting it when it holds a comma, quote or line break (RFC 4180).
internal static class CsvText
{
    public static string Field(string value)
    {
        if (value.IndexOfAny([',', '"', '\n', '\r']) < 0)
        {
            return value;
        }

        return "\"" + value.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"";
    }
}
