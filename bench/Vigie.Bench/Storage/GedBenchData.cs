using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigie.Storage.Catalog;

namespace Vigie.Bench.Storage;

/// <summary>
/// Deterministic catalogue rows shaped like a Centre de gestion's year: a few hundred collectivités, every act
/// type, mostly conforming acts, realistic field and anomaly JSON.
/// </summary>
internal sealed class GedBenchData
{
    private static readonly string[] Types =
    [
        "NOMINATION_STAGIAIRE", "TITULARISATION", "PROROGATION_STAGE", "AVANCEMENT_ECHELON", "AVANCEMENT_GRADE",
        "PROMOTION_INTERNE", "MUTATION", "DETACHEMENT", "DISPONIBILITE", "TEMPS_PARTIEL", "CONGE_PARENTAL",
        "RADIATION_RETRAITE", "CONTRAT", "AUTRE",
    ];

    private static readonly string[] Surnames =
    [
        "MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU", "SIMON",
        "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX", "VINCENT", "FOURNIER", "MOREL",
        "GIRARD", "ANDRE", "LEFÈVRE", "MERCIER", "DUPONT", "LAMBERT", "BONNET", "FRANÇOIS", "MARTINEZ", "LEGRAND",
        "GARNIER", "FAURE", "ROUSSEL", "BLANC", "GUERIN", "MULLER", "HENRY", "ROUSSEAU", "NICOLAS", "PERRIN",
    ];

    private static readonly string[] FirstNames =
    [
        "Claire", "Hélène", "Paul", "Marc", "Inès", "Léa", "Louis", "Camille", "Jules", "Chloé", "Hugo", "Manon",
        "Lucas", "Emma", "Nathan", "Sarah", "Théo", "Julie", "Noé", "Anaïs", "Gabriel", "Élodie", "Arthur", "Zoé",
    ];

    private static readonly string[] AnomalyCodes = ["RECOURS_TRIBUNAL", "VISA_OBSOLETE", "RECOURS_DELAI", "GRILLE_INDICE", "SIGNATAIRE_INCOMPLET"];

    private readonly Random _random = new(20261128);

    public GedBenchData(int collectivites)
    {
        Collectivites = Enumerable.Range(1, collectivites)
            .Select(i => (i % 3) switch
            {
                0 => $"Communauté de communes n° {i}",
                1 => $"Commune de Saint-Exemple-{i}",
                _ => $"CCAS de Ville-{i}",
            })
            .ToArray();
    }

    public IReadOnlyList<string> Collectivites { get; }

    /// <summary>The bytes of document <paramref name="index"/> (distinct for each index).</summary>
    public static byte[] Content(int index, int size)
    {
        var bytes = new byte[size];
        new Random(index).NextBytes(bytes);
        Encoding.ASCII.GetBytes($"%PDF-1.7 {index:D8}").CopyTo(bytes, 0);
        return bytes;
    }

    public DocumentResult Document(long batchId, int index, int actsPerDocument)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"document {index}")));
        var collectivite = Collectivites[_random.Next(Collectivites.Count)];
        var acts = Enumerable.Range(0, actsPerDocument).Select(a => Act(a, collectivite)).ToArray();
        return new DocumentResult(batchId, $"lot/{collectivite}/arrete-{index:D6}.pdf", sha,
            new DocumentRow { Format = "pdf", SizeBytes = 30_000 + _random.Next(200_000), PageCount = actsPerDocument * 2 }, acts);
    }

    private ActRow Act(int index, string collectivite)
    {
        var type = Types[_random.Next(Types.Length)];
        var nom = Surnames[_random.Next(Surnames.Length)];
        var prenom = FirstNames[_random.Next(FirstNames.Length)];
        var effet = new DateOnly(2020, 1, 1).AddDays(_random.Next(2400));
        var signature = effet.AddDays(-_random.Next(1, 60));
        var roll = _random.Next(100);
        var verdict = roll < 60 ? "conforme" : roll < 90 ? "a_corriger" : "a_verifier";
        var anomalies = verdict == "conforme" ? 0 : 1 + _random.Next(3);
        var fields = new Dictionary<string, object?>
        {
            ["collectivite"] = collectivite, ["departement"] = "50", ["agent_civilite"] = "Mme", ["agent_nom"] = nom,
            ["agent_prenom"] = prenom, ["grade"] = "adjoint administratif principal de 2e classe", ["echelon"] = 1 + _random.Next(11),
            ["indice_brut"] = 367 + _random.Next(200), ["indice_majore"] = 366 + _random.Next(150),
            ["date_effet"] = effet.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["date_signature"] = signature.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["signataire"] = "Nicolas MARTIN, Maire", ["base_legale"] = type == "CONTRAT" ? "L332-23 1°" : null,
        };
        var anomalyList = Enumerable.Range(0, anomalies).Select(_ => new Dictionary<string, object?>
        {
            ["code"] = AnomalyCodes[_random.Next(AnomalyCodes.Length)], ["severity"] = "majeure",
            ["message"] = "Le recours est ouvert devant le tribunal administratif de Rennes, or la Manche relève du tribunal administratif de Caen.",
            ["legal_basis"] = "CJA art. R. 221-3 et R. 312-12",
            ["evidence"] = new Dictionary<string, object?> { ["page"] = 2, ["text"] = "devant le Tribunal administratif de Rennes" },
        }).ToArray();
        return new ActRow
        {
            ActIndex = index, Pages = [index * 2 + 1, index * 2 + 2], Type = type, Collectivite = collectivite, Departement = "50",
            AgentNom = nom, AgentPrenom = prenom, Grade = "adjoint administratif principal de 2e classe", DateEffet = effet,
            DateSignature = signature, Verdict = verdict, FieldsJson = JsonSerializer.Serialize(fields),
            AnomaliesJson = JsonSerializer.Serialize(anomalyList),
        };
    }
}
