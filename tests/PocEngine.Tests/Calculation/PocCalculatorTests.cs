using System;
using System.Linq;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.Calculation;

public sealed class PocCalculatorTests
{
    private static PocCalculator Default => DefaultRules.Calculator;

    [Theory]
    [InlineData("robbery", "TH68023", DecidingFactor.ModeOfTrial, "TH68023", "OF61102")]
    [InlineData("burglary", "TH68026", DecidingFactor.MaximumPenalty, "TH68026", "CD71038")]
    [InlineData("drugs-offences", "MD71230", DecidingFactor.MaximumPenalty, "MD71230", "PC02020")]
    [InlineData("offences-against-the-person", "OF61016", DecidingFactor.ModeOfTrial, "OF61016", "PU86003")]
    [InlineData("offences-against-the-person", "CJ88159", DecidingFactor.CategoryPrecedence, "CJ88159", "RT88026", "RT88007")]
    [InlineData("motoring-offences", "RT88007", DecidingFactor.OffenceCode, "RT88007", "RT88333")]
    public void Calculate_WorkedExample_GivesTheBriefsCategoryAndKey(string category, string principal, DecidingFactor key, params string[] codes)
    {
        var result = Default.Calculate(Cases.Convicted(codes));

        Assert.Equal(PocOutcome.Determined, result.Outcome);
        Assert.Equal(category, result.Category!.Id);
        Assert.Equal(principal, result.PrincipalCharge!.Code);
        Assert.Equal(key, result.DecidedBy);
        Assert.Empty(result.Warnings);
        Assert.Null(result.Explanation);
    }

    [Fact]
    public void Explain_RobberyAndAbh_NamesBothOffencesAndTheDecidingKey()
    {
        var result = Default.Explain(Cases.Convicted("OF61102", "TH68023"));

        Assert.Equal(
            "Robbery (TH68023, indictable-only) outranks Assault a person thereby occasioning them actual bodily harm (OF61102, either way) on mode of trial.",
            result.Explanation!.Sentence);
        Assert.Equal(["TH68023", "OF61102"], result.Explanation.Charges.Select(c => c.Charge.Code));
        Assert.Equal([1, 2], result.Explanation.Charges.Select(c => c.Rank!.Value));
    }

    [Fact]
    public void Calculate_AdministrativeFinalisation_ReturnsAdminFinalised()
    {
        var result = Default.Calculate(Cases.Of(FinalisationKind.Administrative, new Charge("TH68023")));

        Assert.Equal(PocOutcome.AdminFinalised, result.Outcome);
        Assert.Null(result.Category);
        Assert.Null(result.PrincipalCharge);
        Assert.Equal(DecidingFactor.Finalisation, result.DecidedBy);
    }

    [Fact]
    public void Calculate_RemovedCharge_DoesNotCount()
    {
        var result = Default.Calculate(Cases.Of(FinalisationKind.Conviction, new Charge("TH68023") { RemovedBeforeFinalisation = true }, new Charge("OF61102")));

        Assert.Equal("OF61102", result.PrincipalCharge!.Code);
        Assert.Equal(DecidingFactor.OnlyOffence, result.DecidedBy);
    }

    [Fact]
    public void Calculate_UnknownCodeWithoutFacts_IsUndeterminedWithAWarning()
    {
        var result = Default.Calculate(Cases.Convicted("TH68023", "QQ12345"));

        Assert.Equal(PocOutcome.Undetermined, result.Outcome);
        Assert.Null(result.Category);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(PocWarningKind.UnknownCode, warning.Kind);
        Assert.Equal(1, warning.ChargeIndex);
        Assert.Contains("QQ12345", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_UnknownCodeWithFacts_IsPlacedByTheCategoryRules()
    {
        var charge = new Charge("QQ12345") { ModeOfTrial = ModeOfTrial.EitherWay, HomeOfficeClass = "028/03" };

        var result = Default.Calculate(Cases.Of(FinalisationKind.Conviction, new Charge("RT88191"), charge));

        Assert.Equal("burglary", result.Category!.Id);
        Assert.Same(charge, result.PrincipalCharge);
        Assert.Equal("home-office-burglary", result.PrincipalOffence!.ClassifiedBy);
        Assert.Equal(PocWarningKind.UnknownCodePlacedBySuppliedFacts, Assert.Single(result.Warnings).Kind);
    }

    [Fact]
    public void Calculate_NonOffenceCodeOnly_IsUndetermined()
    {
        var result = Default.Calculate(Cases.Convicted("CJ03507"));

        Assert.Equal(PocOutcome.Undetermined, result.Outcome);
        Assert.Equal(PocWarningKind.NotAnOffence, Assert.Single(result.Warnings).Kind);
    }

    [Fact]
    public void Calculate_SameOffenceTwice_ReportsTheSmallerSequenceWhateverTheOrder()
    {
        var late = new Charge("CD71039") { Sequence = 7 };
        var early = new Charge("CD71039") { Sequence = 2 };

        Assert.Same(early, Default.Calculate(Cases.Of(FinalisationKind.Conviction, late, early)).PrincipalCharge);
        Assert.Same(early, Default.Calculate(Cases.Of(FinalisationKind.Conviction, early, late)).PrincipalCharge);
    }

    [Fact]
    public void Calculate_ResultNamesTheRuleSetVersionAndHash()
    {
        var result = Default.Calculate(Cases.Convicted("TH68023"));

        Assert.Equal("cps", result.RuleSetId);
        Assert.Equal(DefaultRules.RuleSet.Latest.Label, result.RuleSetVersionLabel);
        Assert.Equal(DefaultRules.RuleSet.Latest.Hash, result.RuleSetHash);
    }

    [Fact]
    public void Calculate_DateBeforeFirstVersion_ThrowsNamingTheFirstVersion()
    {
        var rules = Yaml.Default().Load();
        var calculator = new PocCalculator(rules);
        var early = new DefendantCase(new DateOnly(1999, 12, 31), FinalisationKind.Conviction, [new Charge("TH68023")]);

        var error = Assert.Throws<RuleSetVersionNotFoundException>(() => calculator.Calculate(early));

        Assert.Equal("No version of rule set 'test' is in force on 1999-12-31: the first version, '1', is in force from 2000-01-01.", error.Message);
    }

    [Fact]
    public void Constructor_UnknownPinnedVersion_Throws()
    {
        var error = Assert.Throws<RuleSetVersionNotFoundException>(() => new PocCalculator(Yaml.Default().Load(), "9"));

        Assert.Equal("Rule set 'test' has no version '9'; its versions are 1.", error.Message);
    }

    [Fact]
    public void Calculate_NullCase_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => Default.Calculate(null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Charge_BlankCode_ThrowsArgumentException(string? code)
    {
        Assert.Throws<ArgumentException>(() => new Charge(code!));
    }

    [Theory]
    [InlineData("8/06")]
    [InlineData("008-06")]
    [InlineData("00a/06")]
    public void Charge_MalformedHomeOfficeClass_ThrowsArgumentException(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => new Charge("X") { HomeOfficeClass = value });

        Assert.StartsWith($"The Home Office classification '{value}' is not valid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefendantCase_NullCharge_ThrowsNamingItsPosition()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new DefendantCase(Cases.Date, FinalisationKind.Conviction, [new Charge("A"), null!]));

        Assert.StartsWith("Charge 1 of the case is null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefendantCase_UndefinedFinalisation_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DefendantCase(Cases.Date, (FinalisationKind)9, []));
    }

    [Fact]
    public void DefendantCase_ChargesList_IsCopiedOnConstruction()
    {
        var charges = new System.Collections.Generic.List<Charge> { new("TH68023") };
        var defendantCase = new DefendantCase(Cases.Date, FinalisationKind.Conviction, charges);

        charges.Add(new Charge("OF61102"));

        Assert.Single(defendantCase.Charges);
    }

    // Ties between charges of the same offence: the result must not depend on the order the charges arrive in.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Calculate_SameCodeTwice_ThePrincipalIsTheLowerSequenceInEitherOrder(bool reversed)
    {
        var first = new Charge("TH68023") { Sequence = 1 };
        var second = new Charge("TH68023") { Sequence = 2 };

        var result = Default.Calculate(Cases.Of(FinalisationKind.Conviction, reversed ? [second, first] : [first, second]));

        Assert.Same(first, result.PrincipalCharge);
        Assert.Equal(DecidingFactor.OnlyOffence, result.DecidedBy);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Calculate_SameCodeWithAndWithoutSequence_TheNumberedChargeIsPrincipalInEitherOrder(bool reversed)
    {
        var numbered = new Charge("TH68023") { Sequence = 7 };
        var unnumbered = new Charge("TH68023");

        var result = Default.Calculate(Cases.Of(FinalisationKind.Conviction, reversed ? [unnumbered, numbered] : [numbered, unnumbered]));

        Assert.Same(numbered, result.PrincipalCharge);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Calculate_SameCodeAndSequence_TheSmallerIdThenAnyIdIsPrincipalInEitherOrder(bool reversed)
    {
        var a = new Charge("TH68023") { Sequence = 1, Id = "a" };
        var b = new Charge("TH68023") { Sequence = 1, Id = "b" };
        var none = new Charge("TH68023") { Sequence = 1 };

        var byId = Default.Calculate(Cases.Of(FinalisationKind.Conviction, reversed ? [b, a] : [a, b]));
        var withId = Default.Calculate(Cases.Of(FinalisationKind.Conviction, reversed ? [none, b] : [b, none]));

        Assert.Same(a, byId.PrincipalCharge);
        Assert.Same(b, withId.PrincipalCharge);
    }

    [Fact]
    public void Calculate_CodeAndItsLowerCaseForm_AreOneOffenceSoNothingOutranksAnything()
    {
        var result = Default.Calculate(Cases.Convicted("TH68023", "th68023"));

        Assert.Equal("TH68023", result.PrincipalCharge!.Code);
        Assert.Equal(DecidingFactor.OnlyOffence, result.DecidedBy);
    }

    [Fact]
    public void Calculate_LowerCaseZ_IsNormalisedLikeAnyOtherLetter()
    {
        var result = Default.Calculate(Cases.Convicted("pz71001"));

        Assert.Equal(PocOutcome.Determined, result.Outcome);
        Assert.Equal("PZ71001", result.PrincipalOffence!.Code);
        Assert.Equal(PocWarningKind.CodeNormalised, Assert.Single(result.Warnings).Kind);
    }

    [Fact]
    public void Calculate_AdministrativeFinalisation_GivesNoWarningsAboutChargesThatDoNotCount()
    {
        var result = Default.Calculate(Cases.Of(FinalisationKind.Administrative, new Charge("th68023"), new Charge("QQ99999"), new Charge("CJ03507")));

        Assert.Equal(PocOutcome.AdminFinalised, result.Outcome);
        Assert.Empty(result.Warnings);
    }

    // "Calculate allocates only its result": a result without warnings shares one empty list.
    [Fact]
    public void Calculate_WithoutWarnings_SharesOneEmptyWarningList()
    {
        var first = Default.Calculate(Cases.Convicted("TH68023"));
        var second = Default.Calculate(Cases.Convicted("OF61102"));

        Assert.Empty(first.Warnings);
        Assert.Same(first.Warnings, second.Warnings);
    }

    [Fact]
    public void Calculate_UnknownCodeWithTheNoClassMarker_HasNoHomeOfficeClass()
    {
        var charge = new Charge("QQ12345") { ModeOfTrial = ModeOfTrial.EitherWay, HomeOfficeClass = "000/00" };

        var result = Default.Calculate(Cases.Of(FinalisationKind.Conviction, charge));

        Assert.Same(charge, result.PrincipalCharge);
        Assert.Null(result.PrincipalOffence!.HomeOfficeClass);
        Assert.Equal(ClassifiedBy.Fallback, result.PrincipalOffence.ClassifiedBy);
    }

    [Theory]
    [InlineData("TH68026I", ModeOfTrial.IndictableOnly, "burglary", "inchoate-base")]
    [InlineData("AD76001I", ModeOfTrial.EitherWay, "all-other-offences-excluding-motoring", "fallback")]
    public void Calculate_UnknownInchoateCode_TakesItsBasesCategoryOnlyWhenARulePlacedTheBase(string code, ModeOfTrial mode, string category, string classifiedBy)
    {
        var result = Default.Calculate(Cases.Of(FinalisationKind.Conviction, new Charge(code) { ModeOfTrial = mode }));

        Assert.Equal(category, result.Category!.Id);
        Assert.Equal(classifiedBy, result.PrincipalOffence!.ClassifiedBy);
    }
}
