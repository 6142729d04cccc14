namespace Vigie.Acts.Rules.Agent;

/// <summary>"Mme Claire DUPONT" as written: civilité (feminine or not), prénom (may be null), NOM, and where.</summary>
internal sealed record AgentMention(bool Feminine, string? Prenom, string Nom, int Index, int Length);
