#if !NETSTANDARD2_0
using System.Runtime.CompilerServices;

// The netstandard2.0 build's init accessors (Id, Charges and the other init-only properties) are marked with Polyfill's
// IsExternalInit, which that build defines itself; a library compiled against it names
// [PocEngine]System.Runtime.CompilerServices.IsExternalInit in those signatures. When the host runs on .NET 8 or later,
// NuGet gives it this build instead, and without this forward every such call fails with MissingMethodException.
// The forward sends the name to the runtime's own type, so the signatures match. samples/SameResults proves it in CI.
[assembly: TypeForwardedTo(typeof(IsExternalInit))]
#endif
