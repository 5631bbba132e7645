namespace PocEngine;

/// <summary>Names how a defendant's case was finalised.</summary>
public enum FinalisationKind
{
    /// <summary>The defendant was convicted of at least one charge.</summary>
    Conviction = 0,

    /// <summary>The case ended without a conviction (acquittal, dismissal, discontinuance at finalisation).</summary>
    Unsuccessful = 1,

    /// <summary>
    /// The case was finalised administratively (warrant unexecuted, defendant untraceable, died, or unfit to plead):
    /// it gets no principal offence category.
    /// </summary>
    Administrative = 2,
}
