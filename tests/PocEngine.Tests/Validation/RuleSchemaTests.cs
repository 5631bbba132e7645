using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using PocEngine.Tests.Support;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PocEngine.Tests.Validation;

// The JSON Schema that editors use (through each rule file's yaml-language-server modeline) must accept every shipped
// rule file and reject what the loader rejects for structure.
public sealed class RuleSchemaTests
{
    internal static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Repository.Rules, "poc-rules.schema.json")));

    public static TheoryData<string> ShippedFiles() =>
        [.. Directory.EnumerateFiles(Repository.Rules, "*.yaml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Repository.Rules, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Schema_ShippedRuleFile_IsValidAndPointsAtTheSchema(string path)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Rules, path));

        var results = Schema.Evaluate(ToJson(text), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var modeline = text.Split('\n')[0];
        var depth = path.Count(c => c == '/');
        Assert.Equal("# yaml-language-server: $schema=" + string.Concat(Enumerable.Repeat("../", depth)) + "poc-rules.schema.json", modeline);
    }

    [Theory]
    [InlineData("offences:\n  - {code: A1, titel: \"x\", mode: CE}\n")]
    [InlineData("offences:\n  - {code: A1, mode: CE}\n")]
    [InlineData("offences:\n  code: A1\n")]
    [InlineData("offences:\n  - {code: A1, title: \"x\", mode: QQ}\n")]
    [InlineData("offences:\n  - {code: A1, title: \"x\", mode: CE, max: 14x}\n")]
    [InlineData("offences:\n  - {code: A1, title: \"x\", mode: CE, ho-class: \"8/06\"}\n")]
    [InlineData("ordering: [mode-of-trial, severity]\n")]
    [InlineData("categories:\n  - {id: Bad Id, name: X, precedence: 1}\n")]
    [InlineData("category-rules:\n  - {id: r, when: {}, category: robbery}\n")]
    [InlineData("category-rules:\n  - {id: r, when: {mode: QQ}, category: robbery}\n")]
    [InlineData("category-rules:\n  - {id: r, reason: r, when: {cited-acts: Theft Act}, category: robbery}\n")]
    [InlineData("category-rules:\n  - {id: r, reason: r, when: {cited-acts: [Theft Act 68]}, category: robbery}\n")]
    [InlineData("schema-version: 2\n")]
    [InlineData("derive-inchoate-maximum: perhaps\n")]
    [InlineData("unknown-section: []\n")]
    public void Schema_StructureTheLoaderRejects_IsRejected(string yaml)
    {
        var loaded = Yaml.Default().With("extra.yaml", yaml).TryLoad();

        Assert.False(loaded.Success);
        Assert.False(Schema.Evaluate(ToJson(yaml)).IsValid);
    }

    // YAML to JSON as an editor's YAML language server reads it: plain integers and booleans are typed, the rest
    // are strings.
    internal static JsonElement ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var node = Convert(stream.Documents[0].RootNode);
        return JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement;
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar when Regex.IsMatch(scalar.Value ?? string.Empty, "^-?[0-9]+$") => JsonValue.Create(long.Parse(scalar.Value!, System.Globalization.CultureInfo.InvariantCulture)),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } scalar => JsonValue.Create(scalar.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" } => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException("Unexpected YAML node."),
    };

    // Every condition of category rules is in the schema's 'when', so an editor completes it and a file using it is valid.
    [Fact]
    public void Schema_RuleConditions_AreTheEnginesKeys()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Rules, "poc-rules.schema.json")))!;
        var when = schema["properties"]!["category-rules"]!["items"]!["properties"]!["when"]!["properties"]!.AsObject().Select(p => p.Key);
        const string Rule = "category-rules:\n  - {id: r, reason: r, when: {cited-acts: [Identity Documents Act 2010, theft act  1968]}, category: robbery}\nfallback-category: all-other-offences-excluding-motoring\n";

        Assert.Equal(PocEngine.Loading.RuleFileFormat.ConditionKeys.Order(StringComparer.Ordinal), when.Order(StringComparer.Ordinal));
        var loaded = Yaml.Default().With("category-rules.yaml", Rule).TryLoad();
        Assert.True(loaded.Success, string.Join("\n", loaded.Errors));
        Assert.True(Schema.Evaluate(ToJson(Rule)).IsValid);
    }

    // The schema spells the ranking keys and deciding factors out (editors complete them); they must be the engine's.
    [Fact]
    public void Schema_RankingKeysAndDecidingFactors_AreTheEnginesNames()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Rules, "poc-rules.schema.json")))!;
        var ordering = schema["properties"]!["ordering"]!["items"]!["enum"]!.AsArray().Select(n => (string)n!);
        var decidedBy = schema["properties"]!["tests"]!["items"]!["properties"]!["expect"]!["properties"]!["decided-by"]!["enum"]!.AsArray().Select(n => (string)n!);

        Assert.Equal(Enum.GetValues<RankingKey>().Select(PocNames.Of), ordering);
        Assert.Equal(Enum.GetValues<DecidingFactor>().Select(PocNames.Of), decidedBy);
    }
}
