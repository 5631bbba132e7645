using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PocEngine;

// The lists the public model hands out: a copy nobody else holds, behind a wrapper that cannot be cast back to a
// mutable array, so that a caller cannot change what a shared, immutable rule set holds.
internal static class ReadOnly
{
    public static IReadOnlyList<T> Copy<T>(IEnumerable<T> items) => new ReadOnlyCollection<T>(items.ToArray());
}
