using System.Runtime.CompilerServices;

namespace PocEngine;

// MethodImplOptions.AggressiveOptimization (full JIT optimisation from the first call, for the loops that run once per
// load over every offence) does not exist on netstandard2.0; there the runtime's default applies.
internal static class Optimization
{
#if NETSTANDARD2_0
    public const MethodImplOptions Aggressive = 0;
#else
    public const MethodImplOptions Aggressive = MethodImplOptions.AggressiveOptimization;
#endif
}
