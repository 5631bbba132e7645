using System.Text.Json;

namespace PocEngine.Cli.Output;

// Writes one calculation result as a JSON object with stable, documented field names.
internal static class ResultJson
{
    public static void Write(Utf8JsonWriter json, string? id, PrincipalOffenceResult result)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("outcome", PocNames.Of(result.Outcome));
        json.WriteString("category", result.Category?.Id);
        json.WriteString("principalCode", result.PrincipalCharge?.Code);
        if (result.PrincipalCharge?.Sequence is { } seq)
        {
            json.WriteNumber("principalSeq", seq);
        }

        json.WriteString("decidedBy", PocNames.Of(result.DecidedBy));
        json.WriteString("ruleSetId", result.RuleSetId);
        json.WriteString("ruleSetVersion", result.RuleSetVersionLabel);
        json.WriteString("ruleSetHash", result.RuleSetHash);
        json.WriteStartArray("warnings");
        foreach (var warning in result.Warnings)
        {
            json.WriteStartObject();
            json.WriteString("kind", PocNames.Of(warning.Kind));
            json.WriteNumber("charge", warning.ChargeIndex);
            json.WriteString("code", warning.ChargeCode);
            json.WriteString("message", warning.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (result.Explanation is { } explanation)
        {
            json.WriteString("sentence", explanation.Sentence);
            json.WriteStartArray("charges");
            foreach (var charge in explanation.Charges)
            {
                json.WriteStartObject();
                json.WriteNumber("index", charge.Index);
                json.WriteString("code", charge.Charge.Code);
                json.WriteString("status", PocNames.Of(charge.Status));
                if (charge.Rank is { } rank)
                {
                    json.WriteNumber("rank", rank);
                }

                if (charge.Offence is { } offence)
                {
                    json.WriteString("title", offence.Title);
                    json.WriteString("mode", offence.CjsCategory);
                    json.WriteString("maxPenalty", offence.MaximumPenalty?.ToString());
                    json.WriteString("category", offence.Category?.Id);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
