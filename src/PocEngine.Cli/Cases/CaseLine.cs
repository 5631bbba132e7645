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
    public const string FinalisationWords = "conviction, unsuccessful and administrative";

    private const string DateRule = "The case needs 'finalisedOn' as a date written yyyy-MM-dd.";
    private const string FinalisationRule = "The case needs 'finalisation' as conviction, unsuccessful or administrative.";

    // One line of a JSON Lines file as a case or a located error. Bytes that are not UTF-8 are reported with their
    // column before any JSON is read, whichever field holds them.
    // reportFields: whether to read 'area' and 'recordedCategory' (the audit's), or skip them as any other field.
    public static CaseRecord Read(long number, ReadOnlySpan<byte> line, bool reportFields = true)
    {
        if (InvalidUtf8At(line) is { } column)
        {
            return CaseRecord.Failed(number, string.Create(CultureInfo.InvariantCulture, $"The line is not valid UTF-8: the byte 0x{line[column]:X2} at column {column + 1} does not decode; save the file as UTF-8."));
        }

        return TryParse(line, out var defendantCase, out var error, out var area, out var recorded, reportFields)
            ? new CaseRecord(number, defendantCase, null, area, recorded)
            : CaseRecord.Failed(number, error!);
    }

    public static string TooLong(int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"The line is longer than {limit:N0} bytes, so it was skipped unread; a case line holds one case.");

    public static bool TryReadDate(string? text, out DateOnly date)
    {
        date = default;
        if (text is not { Length: 10 })
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[10];
        for (var i = 0; i < 10; i++)
        {
            if (text[i] > 127)
            {
                return false;
            }

            bytes[i] = (byte)text[i];
        }

        if (ParseDate(bytes) is not { } parsed)
        {
            return false;
        }

        date = parsed;
        return true;
    }

    public static FinalisationKind? Finalisation(string? text) => text is null ? null : Finalisation(Encoding.UTF8.GetBytes(text));

    // The first sentence of an argument check's message, without the parameter name .NET appends.
    public static string Sentence(ArgumentException ex) => ex.Message.Split(" (Parameter", StringSplitOptions.None)[0];

    private static FinalisationKind? Finalisation(ReadOnlySpan<byte> text) =>
        text.SequenceEqual("conviction"u8) ? FinalisationKind.Conviction
        : text.SequenceEqual("unsuccessful"u8) ? FinalisationKind.Unsuccessful
        : text.SequenceEqual("administrative"u8) ? FinalisationKind.Administrative
        : null;

    private static int? InvalidUtf8At(ReadOnlySpan<byte> line)
    {
        if (System.Text.Unicode.Utf8.IsValid(line))
        {
            return null;
        }

        var at = 0;
        while (System.Text.Rune.DecodeFromUtf8(line[at..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            at += consumed;
        }

        return at;
    }

    public static bool TryParse(ReadOnlySpan<byte> line, out DefendantCase? defendantCase, out string? error, out string? area, out string? recordedCategory, bool reportFields = true)
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
            var seen = 0;
            HashSet<string>? others = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    Once(ref seen, 1, "id", null);
                    id = ReadString(ref reader, "id");
                }
                else if (reader.ValueTextEquals("finalisedOn"u8))
                {
                    Once(ref seen, 2, "finalisedOn", null);
                    reader.Read();
                    date = reader.TokenType == JsonTokenType.String ? ParseDate(reader.ValueSpan) : null;
                    if (date is null)
                    {
                        error = DateRule;
                        return false;
                    }
                }
                else if (reader.ValueTextEquals("finalisation"u8))
                {
                    Once(ref seen, 4, "finalisation", null);
                    reader.Read();
                    kind = reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped ? Finalisation(reader.ValueSpan)
                        : reader.TokenType == JsonTokenType.String ? Finalisation(reader.GetString())
                        : null;
                    if (kind is null)
                    {
                        error = FinalisationRule;
                        return false;
                    }
                }
                else if (reader.ValueTextEquals("charges"u8))
                {
                    Once(ref seen, 8, "charges", null);
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        error = "The case needs 'charges' as a list (empty for a case with none).";
                        return false;
                    }

                    charges = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (charges.Count == CaseSource.MaxCharges)
                        {
                            error = CaseSource.TooManyCharges();
                            return false;
                        }

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
                    Once(ref seen, 16, "area", null);
                    area = reportFields ? ReadString(ref reader, "area") : CheckString(ref reader, "area");
                }
                else if (reader.ValueTextEquals("recordedCategory"u8))
                {
                    Once(ref seen, 32, "recordedCategory", null);
                    recordedCategory = reportFields ? ReadString(ref reader, "recordedCategory") : CheckString(ref reader, "recordedCategory");
                }
                else
                {
                    OnceOther(ref reader, ref others, null);
                    reader.Read();
                    reader.Skip();
                }
            }

            if (reader.Read())
            {
                error = "The line holds more than one JSON value; each line holds one case.";
                return false;
            }

            error = date is null ? DateRule
                : kind is null ? FinalisationRule
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
        catch (InvalidOperationException)
        {
            // The reader's own check on escapes when a name or value is compared or read as text.
            error = "The line holds an escaped lone surrogate (\\uD800 to \\uDFFF without its pair) in a name or value, which is not Unicode text.";
            return false;
        }
    }

    private static Charge? ReadCharge(ref Utf8JsonReader reader, int index, out string? error)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            error = $"{Where(index)} is not a JSON object with a 'code'.";
            return null;
        }

        string? code = null, id = null, homeOfficeClass = null;
        int? sequence = null;
        var removed = false;
        ModeOfTrial? mode = null;
        var seen = 0;
        HashSet<string>? others = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("code"u8))
            {
                Once(ref seen, 1, "code", index);
                code = ReadString(ref reader, "code");
            }
            else if (reader.ValueTextEquals("seq"u8))
            {
                Once(ref seen, 2, "seq", index);
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
                {
                    error = $"{Where(index)} has a 'seq' that is not a whole number.";
                    return null;
                }

                sequence = value;
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                Once(ref seen, 4, "id", index);
                id = ReadString(ref reader, "id");
            }
            else if (reader.ValueTextEquals("removedBeforeFinalisation"u8))
            {
                Once(ref seen, 8, "removedBeforeFinalisation", index);
                reader.Read();
                if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null))
                {
                    error = $"{Where(index)} has a 'removedBeforeFinalisation' that is not true or false.";
                    return null;
                }

                removed = reader.TokenType == JsonTokenType.True;
            }
            else if (reader.ValueTextEquals("modeOfTrial"u8))
            {
                Once(ref seen, 16, "modeOfTrial", index);
                var text = ReadString(ref reader, "modeOfTrial");
                if (text is not null)
                {
                    if (!ModeOfTrialCodes.TryGetModeOfTrial(text, out var parsed))
                    {
                        error = $"{Where(index)} has 'modeOfTrial' '{text}'; allowed modes are CI, CE, CS and CM.";
                        return null;
                    }

                    mode = parsed;
                }
            }
            else if (reader.ValueTextEquals("homeOfficeClass"u8))
            {
                Once(ref seen, 32, "homeOfficeClass", index);
                homeOfficeClass = ReadString(ref reader, "homeOfficeClass");
            }
            else
            {
                OnceOther(ref reader, ref others, index);
                reader.Read();
                reader.Skip();
            }
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            error = $"{Where(index)} has no 'code'; every charge needs its CJS offence code.";
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
            error = $"{Where(index)} is not valid: " + Sentence(ex);
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

    // A key read a second time in one object (the case, or the charge at 'charge') is an error naming it, never a
    // value silently replaced. The keys poc reads are bits of 'seen'; any other key is kept by name, once there is one.
    private static void Once(ref int seen, int key, string name, int? charge)
    {
        if ((seen & key) != 0)
        {
            throw new FieldException(Twice(name, charge));
        }

        seen |= key;
    }

    private static void OnceOther(ref Utf8JsonReader reader, ref HashSet<string>? others, int? charge)
    {
        var name = reader.GetString()!;
        others ??= new HashSet<string>(StringComparer.Ordinal);
        if (!others.Add(name))
        {
            throw new FieldException(Twice(name, charge));
        }
    }

    private static string Twice(string name, int? charge) =>
        (charge is { } index ? Where(index) : "The case") + $" gives the key '{name}' twice; give each key once, so that there is one value to read.";

    // How an error names a charge: built only when there is an error.
    private static string Where(int index) => string.Create(CultureInfo.InvariantCulture, $"The charge at charges[{index}]");

    // The same checks as ReadString, for a field the caller does not use: a string (its escapes decoded, so that a
    // lone surrogate is refused as it would be when read) or null, without keeping it.
    private static string? CheckString(ref Utf8JsonReader reader, string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped)
        {
            _ = reader.GetString();
        }
        else if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
        {
            throw new FieldException($"The field '{name}' must be a string.");
        }

        return null;
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
