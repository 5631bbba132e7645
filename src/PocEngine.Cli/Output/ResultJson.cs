using System;
using System.Collections.Generic;
using System.Text.Json;

namespace PocEngine.Cli.Output;

// Writes one calculation result as a JSON object with stable, documented field names. The names, and the values that
// repeat from case to case (outcome, category, deciding factor, the rule set version's id, label and hash), are
// escaped once and kept, as the writer would escape them on every case: the bytes are the same. One instance per
// thread: the kept values are not shared.
internal sealed class ResultJson
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText OutcomeName = JsonEncodedText.Encode("outcome");
    private static readonly JsonEncodedText CategoryName = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText PrincipalCode = JsonEncodedText.Encode("principalCode");
    private static readonly JsonEncodedText PrincipalSeq = JsonEncodedText.Encode("principalSeq");
    private static readonly JsonEncodedText DecidedBy = JsonEncodedText.Encode("decidedBy");
    private static readonly JsonEncodedText RuleSetId = JsonEncodedText.Encode("ruleSetId");
    private static readonly JsonEncodedText RuleSetVersion = JsonEncodedText.Encode("ruleSetVersion");
    private static readonly JsonEncodedText RuleSetHash = JsonEncodedText.Encode("ruleSetHash");
    private static readonly JsonEncodedText Warnings = JsonEncodedText.Encode("warnings");
    private readonly Dictionary<Category, JsonEncodedText> categories = [];
    private readonly Dictionary<PocOutcome, JsonEncodedText> outcomes = [];
    private readonly Dictionary<DecidingFactor, JsonEncodedText> factors = [];
    private RuleSetVersion? version;
    private JsonEncodedText versionId;
    private JsonEncodedText versionLabel;
    private JsonEncodedText versionHash;

    public void Write(Utf8JsonWriter json, string? id, PrincipalOffenceResult result)
    {
        json.WriteStartObject();
        json.WriteString(Id, id);
        json.WriteString(OutcomeName, Encoded(outcomes, result.Outcome, PocNames.Of));
        if (result.Category is { } category)
        {
            json.WriteString(CategoryName, Encoded(categories, category, c => c.Id));
        }
        else
        {
            json.WriteNull(CategoryName);
        }

        json.WriteString(PrincipalCode, result.PrincipalCharge?.Code);
        if (result.PrincipalCharge?.Sequence is { } seq)
        {
            json.WriteNumber(PrincipalSeq, seq);
        }

        json.WriteString(DecidedBy, Encoded(factors, result.DecidedBy, PocNames.Of));
        if (!ReferenceEquals(version, result.RuleSetVersion))
        {
            version = result.RuleSetVersion;
            versionId = JsonEncodedText.Encode(version.RuleSetId);
            versionLabel = JsonEncodedText.Encode(version.Label);
            versionHash = JsonEncodedText.Encode(version.Hash);
        }

        json.WriteString(RuleSetId, versionId);
        json.WriteString(RuleSetVersion, versionLabel);
        json.WriteString(RuleSetHash, versionHash);
        json.WriteStartArray(Warnings);
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

    private static JsonEncodedText Encoded<T>(Dictionary<T, JsonEncodedText> kept, T value, Func<T, string> text)
        where T : notnull
    {
        if (!kept.TryGetValue(value, out var encoded))
        {
            encoded = JsonEncodedText.Encode(text(value));
            kept[value] = encoded;
        }

        return encoded;
    }
}
