namespace PocEngine.Rules;

/// <summary>Names a key by which a rule set ranks charges to find the most serious; the ordering lists them.</summary>
public enum RankingKey
{
    /// <summary>Indictable-only outranks either way, which outranks summary (YAML <c>mode-of-trial</c>).</summary>
    ModeOfTrial = 0,

    /// <summary>Life outranks a longer term, which outranks a shorter term or none known (YAML <c>maximum-penalty</c>).</summary>
    MaximumPenalty = 1,

    /// <summary>The category with the smaller precedence number outranks (YAML <c>category-precedence</c>).</summary>
    CategoryPrecedence = 2,

    /// <summary>The smaller offence code by ordinal comparison outranks: the final tie-break (YAML <c>offence-code</c>).</summary>
    OffenceCode = 3,
}
