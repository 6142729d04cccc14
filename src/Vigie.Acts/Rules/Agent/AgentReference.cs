namespace Vigie.Acts.Rules.Agent;

/// <summary>The agent's identity the mentions are compared with (extracted fields, else the most named person).</summary>
internal sealed record AgentReference(string Nom, string? Prenom, bool? Feminine)
{
    public string Describe() =>
        (Feminine switch { true => "Mme ", false => "M. ", null => string.Empty }) + (Prenom is null ? string.Empty : Prenom + " ") + Nom;
}
