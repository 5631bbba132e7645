using System.Linq;
using nietras.SeparatedValues;
using Xunit;

namespace PocEngine.Tests.Cli;

// Why case files and the standing data are read by the tool's own strict reader (CsvRowReader) while its CSV output is
// written with Sep: on these inputs Sep (0.18) gives a value without a word, where the case reader gives a located
// error (HostileInputTests). Should Sep start refusing them, this fails, and the choice is worth making again.
public sealed class CsvReaderChoiceTests
{
    [Theory]
    [InlineData("a,b\n1,\"x\n")] // a quote left open: the rest of the file becomes one value
    [InlineData("a,b\n1,\"x\"y\n")] // text after a closing quote
    [InlineData("a,b\n1,x\"y\n2,z\n")] // a stray quote inside a plain value
    public void Sep_MalformedQuoting_IsReadWithoutAnError(string text)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(text);

        var values = reader.Enumerate(row => row[1].ToString()).ToList();

        Assert.NotEmpty(values);
    }
}
