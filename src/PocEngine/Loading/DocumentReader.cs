using System;
using System.Globalization;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PocEngine.Loading;

// Turns YAML text into a DocumentNode tree through YamlDotNet's event parser. The event parser is used rather than
// the object deserializer because it is several times faster on the 30,000-offence catalogue, keeps the position of
// every node, and never instantiates a type named by the file. No YamlDotNet exception leaves this class.
internal static class DocumentReader
{
    public static DocumentNode? Read(string file, string text, RuleSetLoadOptions options, DiagnosticBag diagnostics)
    {
        try
        {
            var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Error(DiagnosticCodes.DocumentCount, file, 1, 1, "The rule file is empty; a rule file holds one YAML mapping.");
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, file, options, diagnostics, depth: 1);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var next = parser.Current!;
                diagnostics.Error(DiagnosticCodes.DocumentCount, file, (int)next.Start.Line, (int)next.Start.Column, "The rule file holds more than one YAML document; a rule file holds exactly one.");
                return null;
            }

            return root;
        }
        catch (RuleFileAbortException)
        {
            return null;
        }
        catch (YamlException ex)
        {
            var (line, column, message) = YamlMistakes.Explain(Sentence(ex.Message), text, (int)ex.Start.Line, (int)ex.Start.Column);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, file, line, column, "The rule file is not valid YAML: " + message);
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet reports some malformed input (an unclosed { or [, invalid characters, broken escapes) through
            // general exceptions without a place.
            if (YamlMistakes.UnclosedFlow(text) is { } unclosed)
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, file, unclosed.Line, 1, "The rule file is not valid YAML: " + unclosed.Message);
                return null;
            }

            diagnostics.Error(DiagnosticCodes.YamlSyntax, file, 0, 0, "The rule file is not valid YAML: " + Sentence(ex.Message));
            return null;
        }
    }

    private static DocumentNode ReadNode(IParser parser, string file, RuleSetLoadOptions options, DiagnosticBag diagnostics, int depth)
    {
        var current = parser.Current ?? throw new YamlException("The document ended where a value was expected.");
        var line = (int)current.Start.Line;
        var column = (int)current.Start.Column;
        if (depth > options.MaxNestingDepth)
        {
            Abort(diagnostics, DiagnosticCodes.LimitExceeded, file, line, column, FormattableString.Invariant($"The rule file nests deeper than {options.MaxNestingDepth} levels; rule files are shallow, so this is refused."));
        }

        switch (current)
        {
            case AnchorAlias alias:
                Abort(diagnostics, DiagnosticCodes.AnchorOrAlias, file, line, column, $"The alias '*{alias.Value}' is not allowed; rule files spell every value out, without anchors or aliases.");
                break;
            case NodeEvent { Anchor.IsEmpty: false } anchored:
                Abort(diagnostics, DiagnosticCodes.AnchorOrAlias, file, line, column, $"The anchor '&{anchored.Anchor}' is not allowed; rule files spell every value out, without anchors or aliases.");
                break;
            case NodeEvent { Tag.IsEmpty: false } tagged when !IsNonSpecificTag(tagged):
                Abort(diagnostics, DiagnosticCodes.Tag, file, line, column, $"The tag '{tagged.Tag}' is not allowed; rule files use plain YAML values without tags.");
                break;
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                if (scalar.Value.Length > options.MaxScalarLength)
                {
                    Abort(diagnostics, DiagnosticCodes.LimitExceeded, file, line, column, FormattableString.Invariant($"A value is {scalar.Value.Length} characters long; the limit is {options.MaxScalarLength}."));
                }

                return new ScalarNode(scalar.Value, scalar.Style == YamlDotNet.Core.ScalarStyle.Plain, line, column);

            case SequenceStart:
                {
                    parser.MoveNext();
                    var sequence = new SequenceNode(line, column);
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        sequence.Items.Add(ReadNode(parser, file, options, diagnostics, depth + 1));
                    }

                    return sequence;
                }

            case MappingStart:
                {
                    parser.MoveNext();
                    var mapping = new MappingNode(line, column);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(parser, file, options, diagnostics, depth + 1);
                        var value = ReadNode(parser, file, options, diagnostics, depth + 1);
                        if (keyNode is not ScalarNode key)
                        {
                            diagnostics.Error(DiagnosticCodes.WrongNodeType, file, keyNode, $"A mapping key is {keyNode.KindName}; keys are single values.");
                            continue;
                        }

                        mapping.Entries.Add(new(key, value));
                    }

                    return mapping;
                }

            default:
                throw new YamlException(current.Start, current.End, "Unexpected YAML event " + current.GetType().Name + ".");
        }
    }

    // "!" on a quoted scalar is YAML's non-specific tag, which some emitters write; it names no type.
    private static bool IsNonSpecificTag(NodeEvent node) => node.Tag.Value is "!" or "?";

    private static void Abort(DiagnosticBag diagnostics, string code, string file, int line, int column, string message)
    {
        diagnostics.Error(code, file, line, column, message);
        throw new RuleFileAbortException();
    }

    private static string Sentence(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; the diagnostic already has the place.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = (cut >= 0 ? message.Substring(cut + 3) : message).Trim();
        if (text.Length == 0)
        {
            return "the parser gave no reason.";
        }

        return text.EndsWith('.') ? text : text + ".";
    }

    private sealed class RuleFileAbortException : Exception
    {
    }
}
