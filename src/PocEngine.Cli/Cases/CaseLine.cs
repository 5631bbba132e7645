using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PocEngine.Cli.Cases;

// Reads one JSON Lines case from its UTF-8 bytes with Utf8JsonReader, without building a document:
// {"id","finalisedOn","finalisation","charges":[{"code","seq","id","removedBeforeFinalisation","modeOfTrial",
// "homeOfficeClass"}]}, plus "area" and "recordedCategory" for the commands that use them; other fields are skipped.
// A malformed case gives one sentence naming the field.
internal static class CaseLine
{
    public static bool TryParse(string line, out DefendantCase? defendantCase, out string? error) =>
        TryParse(Encoding.UTF8.GetBytes(line), out defendantCase, out error, out _, out _);

    public static bool TryParse(ReadOnlySpan<byte> line, out DefendantCase? defendantCase, out string? error, out string? area, out string? recordedCategory)
    {
        defendantCase = null;
        area = null;
        recordedCategory = null;
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 16 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "The line is not a JSON object; each line holds one case.";
                return false;
            }

            string? id = null;
            DateOnly? date = null;
            FinalisationKind? kind = null;
            List<Charge>? charges = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    id = ReadString(ref reader, "id");
                }
                else if (reader.ValueTextEquals("finalisedOn"u8))
                {
                    reader.Read();
                    date = reader.TokenType == JsonTokenType.String ? ParseDate(reader.ValueSpan) : null;
                    if (date is null)
                    {
                        error = "The case needs 'finalisedOn' as a date written yyyy-MM-dd.";
                        return false;
                    }
                }
                else if (reader.ValueTextEquals("finalisation"u8))
                {
                    reader.Read();
                    kind = reader.TokenType != JsonTokenType.String ? null
                        : reader.ValueTextEquals("conviction"u8) ? FinalisationKind.Conviction
                        : reader.ValueTextEquals("unsuccessful"u8) ? FinalisationKind.Unsuccessful
                        : reader.ValueTextEquals("administrative"u8) ? FinalisationKind.Administrative
                        : null;
                    if (kind is null)
                    {
                        error = "The case needs 'finalisation' as conviction, unsuccessful or administrative.";
                        return false;
                    }
                }
                else if (reader.ValueTextEquals("charges"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        error = "The case needs 'charges' as a list (empty for a case with none).";
                        return false;
                    }

                    charges = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var charge = ReadCharge(ref reader, charges.Count, out error);
                        if (charge is null)
                        {
                            return false;
                        }

                        charges.Add(charge);
                    }
                }
                else if (reader.ValueTextEquals("area"u8))
                {
                    area = ReadString(ref reader, "area");
                }
                else if (reader.ValueTextEquals("recordedCategory"u8))
                {
                    recordedCategory = ReadString(ref reader, "recordedCategory");
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (reader.Read())
            {
                error = "The line holds more than one JSON value; each line holds one case.";
                return false;
            }

            error = date is null ? "The case needs 'finalisedOn' as a date written yyyy-MM-dd."
                : kind is null ? "The case needs 'finalisation' as conviction, unsuccessful or administrative."
                : charges is null ? "The case needs 'charges' as a list (empty for a case with none)."
                : null;
            if (error is not null)
            {
                return false;
            }

            defendantCase = new DefendantCase(date!.Value, kind!.Value, charges!) { Id = id };
            return true;
        }
        catch (JsonException ex)
        {
            error = "The line is not valid JSON: " + ex.Message.Split(" LineNumber:", StringSplitOptions.None)[0].TrimEnd('.', ' ') + ".";
            return false;
        }
        catch (FieldException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    private static Charge? ReadCharge(ref Utf8JsonReader reader, int index, out string? error)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"Charge {index}");
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            error = $"{where} is not a JSON object with a 'code'.";
            return null;
        }

        string? code = null, id = null, homeOfficeClass = null;
        int? sequence = null;
        var removed = false;
        ModeOfTrial? mode = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("code"u8))
            {
                code = ReadString(ref reader, "code");
            }
            else if (reader.ValueTextEquals("seq"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
                {
                    error = $"{where} has a 'seq' that is not a whole number.";
                    return null;
                }

                sequence = value;
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                id = ReadString(ref reader, "id");
            }
            else if (reader.ValueTextEquals("removedBeforeFinalisation"u8))
            {
                reader.Read();
                if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null))
                {
                    error = $"{where} has a 'removedBeforeFinalisation' that is not true or false.";
                    return null;
                }

                removed = reader.TokenType == JsonTokenType.True;
            }
            else if (reader.ValueTextEquals("modeOfTrial"u8))
            {
                var text = ReadString(ref reader, "modeOfTrial");
                if (text is not null)
                {
                    if (!ModeOfTrialCodes.TryGetModeOfTrial(text, out var parsed))
                    {
                        error = $"{where} has 'modeOfTrial' '{text}'; allowed modes are CI, CE, CS and CM.";
                        return null;
                    }

                    mode = parsed;
                }
            }
            else if (reader.ValueTextEquals("homeOfficeClass"u8))
            {
                homeOfficeClass = ReadString(ref reader, "homeOfficeClass");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            error = $"{where} has no 'code'; every charge needs its CJS offence code.";
            return null;
        }

        try
        {
            error = null;
            return new Charge(code)
            {
                Sequence = sequence,
                Id = id,
                RemovedBeforeFinalisation = removed,
                ModeOfTrial = mode,
                HomeOfficeClass = homeOfficeClass,
            };
        }
        catch (ArgumentException ex)
        {
            error = $"{where}: " + ex.Message.Split(" (Parameter", StringSplitOptions.None)[0];
            return null;
        }
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            _ => throw new FieldException($"The field '{name}' must be a string."),
        };
    }

    // yyyy-MM-dd exactly, from the UTF-8 bytes, without a string.
    private static DateOnly? ParseDate(ReadOnlySpan<byte> text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return null;
        }

        var year = Digits(text[..4]);
        var month = Digits(text.Slice(5, 2));
        var day = Digits(text.Slice(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static int Digits(ReadOnlySpan<byte> text)
    {
        var value = 0;
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            value = (value * 10) + (b - '0');
        }

        return value;
    }

    private sealed class FieldException(string message) : Exception(message);
}
