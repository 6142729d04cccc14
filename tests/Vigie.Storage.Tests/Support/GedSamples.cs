using System.Text;
using System.Text.Json;
using Vigie.Storage.Catalog;

namespace Vigie.Storage.Tests.Support;

/// <summary>Builds realistic catalogue rows: acts in the report's JSON shape, documents with their bytes.</summary>
internal static class GedSamples
{
    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    public static string Sha(byte[] content) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));

    public static ActRow Act(
        int index,
        string? collectivite = "Commune de Saint-Pair-sur-Mer",
        string? agentNom = "DUPONT",
        string? agentPrenom = "Claire",
        string? type = "AVANCEMENT_ECHELON",
        string? verdict = "conforme",
        DateOnly? dateEffet = null,
        DateOnly? dateSignature = null,
        params string[] anomalyCodes)
    {
        var effet = dateEffet ?? new DateOnly(2026, 3, 1);
        var signature = dateSignature ?? new DateOnly(2026, 2, 12);
        var fields = new Dictionary<string, object?>
        {
            ["collectivite"] = collectivite,
            ["departement"] = "50",
            ["agent_civilite"] = "Mme",
            ["agent_nom"] = agentNom,
            ["agent_prenom"] = agentPrenom,
            ["grade"] = "adjoint administratif principal de 2e classe",
            ["echelon"] = 5,
            ["indice_brut"] = 396,
            ["indice_majore"] = 374,
            ["date_effet"] = effet.ToString("yyyy-MM-dd"),
            ["date_signature"] = signature.ToString("yyyy-MM-dd"),
            ["signataire"] = "Nicolas MARTIN, Maire",
            ["base_legale"] = null,
        };
        var anomalies = anomalyCodes.Select(code => new Dictionary<string, object?>
        {
            ["code"] = code,
            ["severity"] = "majeure",
            ["message"] = $"Anomalie {code} relevée dans l'acte.",
            ["legal_basis"] = "CJA art. R. 421-5",
            ["evidence"] = new Dictionary<string, object?> { ["page"] = 1, ["text"] = "devant le Tribunal administratif de Rennes" },
        }).ToArray();
        return new ActRow
        {
            ActIndex = index,
            Pages = [index + 1],
            Type = type,
            Collectivite = collectivite,
            Departement = "50",
            AgentNom = agentNom,
            AgentPrenom = agentPrenom,
            Grade = "adjoint administratif principal de 2e classe",
            DateEffet = effet,
            DateSignature = signature,
            Verdict = verdict,
            FieldsJson = JsonSerializer.Serialize(fields),
            AnomaliesJson = JsonSerializer.Serialize(anomalies),
        };
    }

    public static DocumentResult Result(long batchId, string source, byte[] content, params ActRow[] acts) =>
        new(batchId, source, Sha(content), new DocumentRow { Format = "pdf", SizeBytes = content.Length, PageCount = Math.Max(1, acts.Length) }, acts);

    public static DocumentResult ErrorResult(long batchId, string source, byte[] content, string code = "PDF_CHIFFRE") =>
        new(batchId, source, Sha(content), new DocumentRow
        {
            Format = "pdf",
            SizeBytes = content.Length,
            Status = DocumentStatus.Error,
            Error = new StoredError(code, "Le PDF est protégé par un mot de passe : il ne peut pas être lu."),
        }, []);
}
