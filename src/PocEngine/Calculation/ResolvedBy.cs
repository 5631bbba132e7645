namespace PocEngine.Calculation;

// How a charge's code found the offence it ranks as.
internal enum ResolvedBy : byte
{
    // The code is in the catalogue exactly as given.
    Catalogue,

    // The code is in the catalogue once trimmed and upper-cased.
    NormalisedCode,

    // The code is not in the catalogue: the charge's own mode of trial and classification placed it, or it has none.
    SuppliedFacts,
}
