namespace PocEngine;

/// <summary>Describes one principal offence category of a rule set.</summary>
/// <param name="Id">The category's identifier, for example <c>offences-against-the-person</c>.</param>
/// <param name="Name">The category's display name, for example <c>Offences Against The Person</c>.</param>
/// <param name="Precedence">The category's precedence: 1 is the most serious.</param>
public sealed record Category(string Id, string Name, int Precedence);
