namespace PocEngine;

/// <summary>Names how a defendant's case was finalised.</summary>
/// <remarks>
/// The zero value, <see cref="None"/>, is not a finalisation: a case or calculation given it is refused, so an unset or
/// unmapped value can never be taken for a conviction.
/// </remarks>
public enum FinalisationKind
{
    /// <summary>Not a finalisation: the default value, refused wherever a finalisation is required.</summary>
    None = 0,

    /// <summary>The defendant was convicted of at least one charge.</summary>
    Conviction = 1,

    /// <summary>The case ended without a conviction (acquittal, dismissal, discontinuance at finalisation).</summary>
    Unsuccessful = 2,

    /// <summary>
    /// The case was finalised administratively (warrant unexecuted, defendant untraceable, died, or unfit to plead):
    /// it gets no principal offence category.
    /// </summary>
    Administrative = 3,
}
