using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace PocEngine.Cli.Cases;

// Reads one JSON Lines case: {"id","finalisedOn","finalisation","charges":[{"code","seq","id",
// "removedBeforeFinalisation","modeOfTrial","homeOfficeClass"}]}. Other fields (area, recordedCategory) are kept in
// Extra for the commands that use them. A malformed line gives one sentence naming the field.
internal static class CaseLine
{
    public static bool TryParse(string line, out DefendantCase? defendantCase, out string? error) =>
        TryParse(line, out defendantCase, out error, out _, out _);

    public static bool TryParse(string line, out DefendantCase? defendantCase, out string? error, out string? area, out string? recordedCategory)
    {
        defendantCase = null;
        area = null;
        recordedCategory = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "The line is not a JSON object; each line holds one case.";
                return false;
            }

            var id = OptionalString(root, "id");
            if (!root.TryGetProperty("finalisedOn", out var dateElement) || dateElement.ValueKind != JsonValueKind.String
                || !DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                error = "The case needs 'finalisedOn' as a date written yyyy-MM-dd.";
                return false;
            }

            if (!root.TryGetProperty("finalisation", out var kindElement) || !PocNames.TryParse(kindElement.ValueKind == JsonValueKind.String ? kindElement.GetString() : null, out FinalisationKind kind))
            {
                error = "The case needs 'finalisation' as conviction, unsuccessful or administrative.";
                return false;
            }

            if (!root.TryGetProperty("charges", out var chargesElement) || chargesElement.ValueKind != JsonValueKind.Array)
            {
                error = "The case needs 'charges' as a list (empty for a case with none).";
                return false;
            }

            var charges = new List<Charge>(chargesElement.GetArrayLength());
            var index = 0;
            foreach (var item in chargesElement.EnumerateArray())
            {
                var charge = ReadCharge(item, index, out error);
                if (charge is null)
                {
                    return false;
                }

                charges.Add(charge);
                index++;
            }

            defendantCase = new DefendantCase(date, kind, charges) { Id = id };
            area = OptionalString(root, "area");
            recordedCategory = OptionalString(root, "recordedCategory");
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            error = "The line is not valid JSON: " + ex.Message.Split(" Path:", StringSplitOptions.None)[0].TrimEnd('.') + ".";
            return false;
        }
        catch (FieldException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    private static Charge? ReadCharge(JsonElement item, int index, out string? error)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"Charge {index}");
        if (item.ValueKind != JsonValueKind.Object)
        {
            error = $"{where} is not a JSON object with a 'code'.";
            return null;
        }

        var code = OptionalString(item, "code");
        if (string.IsNullOrWhiteSpace(code))
        {
            error = $"{where} has no 'code'; every charge needs its CJS offence code.";
            return null;
        }

        ModeOfTrial? mode = null;
        var modeText = OptionalString(item, "modeOfTrial");
        if (modeText is not null)
        {
            if (!ModeOfTrialCodes.TryGetModeOfTrial(modeText, out var parsed))
            {
                error = $"{where} has 'modeOfTrial' '{modeText}'; allowed modes are CI, CE, CS and CM.";
                return null;
            }

            mode = parsed;
        }

        int? sequence = null;
        if (item.TryGetProperty("seq", out var seq) && seq.ValueKind != JsonValueKind.Null)
        {
            if (seq.ValueKind != JsonValueKind.Number || !seq.TryGetInt32(out var value))
            {
                error = $"{where} has a 'seq' that is not a whole number.";
                return null;
            }

            sequence = value;
        }

        var removed = false;
        if (item.TryGetProperty("removedBeforeFinalisation", out var removedElement) && removedElement.ValueKind != JsonValueKind.Null)
        {
            if (removedElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                error = $"{where} has a 'removedBeforeFinalisation' that is not true or false.";
                return null;
            }

            removed = removedElement.GetBoolean();
        }

        try
        {
            error = null;
            return new Charge(code)
            {
                Sequence = sequence,
                Id = OptionalString(item, "id"),
                RemovedBeforeFinalisation = removed,
                ModeOfTrial = mode,
                HomeOfficeClass = OptionalString(item, "homeOfficeClass"),
            };
        }
        catch (ArgumentException ex)
        {
            error = $"{where}: " + ex.Message.Split(" (Parameter", StringSplitOptions.None)[0];
            return null;
        }
    }

    private static string? OptionalString(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new FieldException($"The field '{name}' must be a string.");
    }

    private sealed class FieldException(string message) : Exception(message);
}
