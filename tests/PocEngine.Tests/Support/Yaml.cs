using System.Collections.Generic;
using System.Linq;

namespace PocEngine.Tests.Support;

// Builds small rule sets in memory for tests: a header, the twelve CPS categories, the default ordering, a few rules
// and a given catalogue. Each part can be replaced to provoke one diagnostic at a known line.
internal sealed class Yaml
{
    public const string Header = """
        schema-version: 1
        id: test
        name: Test rules
        versions:
          - version: "1"
            effective-from: 2000-01-01
        """;

    // A second version to append to the header's list, in force from 2020; its first line is line 7.
    public const string SecondVersion = "\n  - version: \"2\"\n    effective-from: 2020-01-01\n";

    // The header with a version "2" in force from 2025-04-01 that lists its changes in versions/2.yaml.
    public const string HeaderWithVersionTwo = Header + "\n  - version: \"2\"\n    effective-from: 2025-04-01\n    changes: versions/2.yaml\n";

    public const string Categories = """
        categories:
          - {id: homicide, name: Homicide, precedence: 1}
          - {id: offences-against-the-person, name: Offences Against The Person, precedence: 2}
          - {id: sexual-offences, name: Sexual Offences, precedence: 3}
          - {id: burglary, name: Burglary, precedence: 4}
          - {id: robbery, name: Robbery, precedence: 5}
          - {id: theft-and-handling, name: Theft And Handling, precedence: 6}
          - {id: fraud-and-forgery, name: Fraud And Forgery, precedence: 7}
          - {id: criminal-damage, name: Criminal Damage, precedence: 8}
          - {id: drugs-offences, name: Drugs Offences, precedence: 9}
          - {id: public-order-offences, name: Public Order Offences, precedence: 10}
          - {id: all-other-offences-excluding-motoring, name: All Other Offences (excluding Motoring), precedence: 11}
          - {id: motoring-offences, name: Motoring Offences, precedence: 12}
        """;

    public const string Ordering = """
        ordering: [mode-of-trial, maximum-penalty, category-precedence, offence-code]
        derive-inchoate-maximum: true
        """;

    public const string Rules = """
        category-rules:
          - id: cjs-category-motoring
            when: {mode: CM}
            category: motoring-offences
          - id: home-office-homicide
            when: {ho-class: ["001/*", "004/17"]}
            category: homicide
          - id: home-office-violence
            when: {ho-group: Violence against the person}
            category: offences-against-the-person
          - id: home-office-robbery
            when: {ho-group: Robbery}
            category: robbery
          - id: home-office-burglary
            when: {ho-group: Burglary}
            category: burglary
          - id: home-office-damage
            when: {ho-group: Criminal damage}
            category: criminal-damage
          - id: inchoate-base
            when: {inchoate-base: true}
        fallback-category: all-other-offences-excluding-motoring
        """;

    public const string HomeOffice = """
        home-office-classes:
          - {class: "001/01", group: Violence against the person}
          - {class: "008/06", group: Violence against the person}
          - {class: "028/03", group: Burglary}
          - {class: "034/01", group: Robbery}
          - {class: "058/00", group: Criminal damage}
        """;

    public const string Offences = """
        offences:
          - {code: CD71038, title: "Criminal damage over 5000", mode: CE, ho-class: "058/00", max: 10y}
          - {code: HO01001, title: "Murder", mode: CI, ho-class: "001/01", max: life}
          - {code: OF61102, title: "ABH", mode: CE, ho-class: "008/06", max: 5y}
          - {code: OF61102A, title: "Attempt ABH", mode: CE}
          - {code: RT88007, title: "Excess alcohol", mode: CM, max: 6m}
          - {code: RT88333, title: "Drive whilst disqualified", mode: CM, max: 6m}
          - {code: TH68023, title: "Robbery", mode: CI, ho-class: "034/01", max: life}
          - {code: TH68026, title: "Burglary dwelling", mode: CE, ho-class: "028/03", max: 14y}
          - {code: XX00001, title: "Unclassified offence", mode: CS}
          - {code: ZZ00001, title: "Civil matter", mode: CR}
        """;

    private readonly Dictionary<string, string> files = new()
    {
        ["ruleset.yaml"] = Header,
        ["categories.yaml"] = Categories,
        ["ordering.yaml"] = Ordering,
        ["category-rules.yaml"] = Rules,
        ["home-office-classes.yaml"] = HomeOffice,
        ["offences/all.yaml"] = Offences,
    };

    public static Yaml Default() => new();

    public IReadOnlyDictionary<string, string> Files => files;

    public Yaml With(string path, string text)
    {
        files[path] = text;
        return this;
    }

    public Yaml Without(string path)
    {
        files.Remove(path);
        return this;
    }

    public IEnumerable<RuleSource> Sources() => files.Select(f => RuleSource.FromText(f.Key, f.Value));

    public RuleSetLoadResult TryLoad(RuleSetLoadOptions? options = null) => RuleSetLoader.Load(Sources(), options);

    public RuleSet Load() => RuleSet.Load(Sources());
}
