using System.Collections.Generic;

namespace PocEngine.Loading;

// The parsed form of a rule file: a plain tree with the position of every node, so that every later diagnostic can
// point at a line and column. It holds only mappings, sequences and scalars: anchors, aliases and tags are refused
// while reading, so nothing in a rule file can expand or name a .NET type.
internal abstract class DocumentNode
{
    protected DocumentNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    public abstract string KindName { get; }
}

internal sealed class ScalarNode : DocumentNode
{
    public ScalarNode(string value, bool isPlain, int line, int column)
        : base(line, column)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    // A plain empty, "~" or "null" scalar is YAML's null; a quoted one is the text itself.
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => "a single value";
}

internal sealed class SequenceNode : DocumentNode
{
    public SequenceNode(int line, int column)
        : base(line, column)
    {
    }

    public List<DocumentNode> Items { get; } = [];

    public override string KindName => "a list";
}

internal sealed class MappingNode : DocumentNode
{
    public MappingNode(int line, int column)
        : base(line, column)
    {
    }

    public List<KeyValuePair<ScalarNode, DocumentNode>> Entries { get; } = [];

    public override string KindName => "a mapping";
}
