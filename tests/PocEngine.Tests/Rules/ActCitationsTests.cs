using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PocEngine.Rules;
using Xunit;

namespace PocEngine.Tests.Rules;

// The Acts a title cites, as the cited-acts condition reads them: the name is the run of words before "Act <year>",
// from the first word that can begin it. The titles are the standing data's, or shaped like them.
public sealed class ActCitationsTests
{
    [Theory]
    [InlineData("Possess identity document with an improper intention Contrary to Section 4(1) of the Identity Documents Act 2010", "IDENTITY DOCUMENTS ACT 2010")]
    [InlineData("Steal contrary to Theft Act 1968 s.1", "THEFT ACT 1968")]
    [InlineData("Contravene an emergency prohibition order under the Food Safety Act 1990", "FOOD SAFETY ACT 1990")]
    [InlineData("Young person invite a child to participate in a lottery - Gambling Act 2005", "GAMBLING ACT 2005")]
    [InlineData("Telecommunications Act 1984", "TELECOMMUNICATIONS ACT 1984")]
    [InlineData("Appeal under Town and Country Planning Act 1990", "TOWN AND COUNTRY PLANNING ACT 1990")]
    [InlineData("Contrary to section 60 of the Representation of the People Act 1983", "REPRESENTATION OF THE PEOPLE ACT 1983")]
    [InlineData("Contrary To Section 16 (1) (a) of the Farriers (Registration) Act 1975", "FARRIERS (REGISTRATION) ACT 1975")]
    [InlineData("Refuse private Hire Licence - S.52 local government (miscellaneous provisions) Act 1976", "LOCAL GOVERNMENT (MISCELLANEOUS PROVISIONS) ACT 1976")]
    [InlineData("Criminal Damage Section 1(1) of the Criminal Damage Act, 1971", "CRIMINAL DAMAGE ACT 1971")]
    [InlineData("Harrassment - Sec. 5(1) and (6) Public Order Act 1986.", "PUBLIC ORDER ACT 1986")]
    [InlineData("Under Section 10 Criminal Justice and Police Act 2001 Mistaken", "CRIMINAL JUSTICE AND POLICE ACT 2001")]
    [InlineData("ABSCONDS WHILST BEING REMOVED TO A PLACE UNDER SCH 21 CORONAVIRUS ACT 2020 - WALES", "CORONAVIRUS ACT 2020")]
    [InlineData("FAIL TO COMPLY WITH RESTRICTION IMPOSED UNDER CORONAVIRUS ACT 2020", "CORONAVIRUS ACT 2020")]
    [InlineData("Possess offensive weapon Prevention of Crime Act 1953", "PREVENTION OF CRIME ACT 1953")]
    [InlineData("Contrary to  the   Theft\tAct 1968", "THEFT ACT 1968")]
    [InlineData("Fail to discharge duty -Sec 33(1)(a) Health & Safety at Work Act 1974", "HEALTH & SAFETY AT WORK ACT 1974")]
    [InlineData("224 Town & Country Planning Act 1990", "TOWN & COUNTRY PLANNING ACT 1990")]
    public void In_TitleCitingOneAct_GivesItsWholeNameAndYear(string title, string expected)
    {
        Assert.Equal([expected], ActCitations.In(title));
    }

    [Theory]
    [InlineData("Make a false statement to a constable performing functions under this Act / 1847 Act")]
    [InlineData("Town and Country Planning Act Offence")]
    [InlineData("Act as a broker of / dealer in controlled waste when unregistered")]
    [InlineData("Offence under the Acts 1968")]
    [InlineData("Offence contrary to the Act 1968")]
    [InlineData("Offence - Theft Act 19681")]
    [InlineData("Offence - Theft Act 196")]
    [InlineData("Offence - Theft Act")]
    public void In_TitleWithoutANamedActAndYear_GivesNone(string title)
    {
        Assert.Empty(ActCitations.In(title));
    }

    [Fact]
    public void In_TitleCitingTwoActs_GivesBothInOrder()
    {
        Assert.Equal(["THEFT ACT 1968", "FRAUD ACT 2006"], ActCitations.In("Contrary to the Theft Act 1968 and section 1 of the Fraud Act 2006"));
    }

    [Theory]
    [InlineData("Identity Documents Act 2010", "IDENTITY DOCUMENTS ACT 2010")]
    [InlineData("theft act 1968", "THEFT ACT 1968")]
    [InlineData("Representation of the People Act 1983", "REPRESENTATION OF THE PEOPLE ACT 1983")]
    [InlineData("Theft  Act 1968", "THEFT ACT 1968")]
    [InlineData("Health & Safety at Work Act 1974", "HEALTH & SAFETY AT WORK ACT 1974")]
    [InlineData("Theft Act", null)]
    [InlineData("Theft Act 68", null)]
    [InlineData("the Theft Act 1968", null)]
    [InlineData("s.1 Theft Act 1968", null)]
    [InlineData("Theft Act 1968.", null)]
    [InlineData("Theft Act, 1968", null)]
    [InlineData("Theft Act 1968 and Fraud Act 2006", null)]
    [InlineData("Act 1968", null)]
    public void Key_RuleValue_IsTheWholeNameOrNull(string value, string? expected)
    {
        Assert.Equal(expected, ActCitations.Key(value));
    }

    // A generated Act name, cited in a generated title by any of the standing data's ways, is read whole; the same
    // name with another year, or a name that is only the end of the cited one, is not what the title cites.
    [Property(MaxTest = 300)]
    public Property In_GeneratedCitation_GivesTheWholeNameOnly(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        string[] names = ["Theft", "Identity", "Documents", "Public", "Order", "Misuse", "Drugs", "Food", "Safety", "Criminal", "Justice", "Police", "Gambling"];
        string[] joins = ["of", "and", "of the"];
        var words = Enumerable.Range(0, random.Next(1, 4)).Select(_ => names[random.Next(names.Length)]).ToList();
        if (words.Count > 1 && random.Next(2) == 0)
        {
            words.Insert(random.Next(1, words.Count), joins[random.Next(joins.Length)]);
        }

        var name = $"{string.Join(" ", words)} Act {random.Next(1800, 2030)}";
        string[] before = ["Possess a thing Contrary to Section 4(1) of the", "Steal contrary to", "Fail to comply with a notice under the", "Offence -", "Harassment - Sec. 5(1)", string.Empty];
        string[] after = [string.Empty, " s.1", ".", " - Wales", " (repealed)"];
        var title = $"{before[random.Next(before.Length)]} {name}{after[random.Next(after.Length)]}".Trim();
        var cased = random.Next(3) == 0 ? title.ToUpperInvariant() : title;
        var cited = ActCitations.In(cased);
        var key = ActCitations.Key(name);
        var otherYear = ActCitations.Key($"{name[..^4]}{int.Parse(name[^4..], System.Globalization.CultureInfo.InvariantCulture) + 1}");
        var tail = words.Count > 1 ? ActCitations.Key($"{string.Join(" ", words.Skip(words.Count - 1))} Act {name[^4..]}") : null;

        return (key is not null && cited.SequenceEqual([key]) && !cited.Contains(otherYear) && (tail is null || !cited.Contains(tail))).Label($"{cased} => [{string.Join(", ", cited)}], key {key}");
    }
}
