namespace Vigie.Storage.Catalog;

/// <summary>
/// The stored (and JSON) codes of the catalogue's enumerations. Codes are part of the data: never rename one
/// without a schema migration.
/// </summary>
public static class CatalogCodes
{
    public static string ToCode(this BatchStatus status) => status switch
    {
        BatchStatus.EnCours => "en_cours",
        BatchStatus.Termine => "termine",
        BatchStatus.Interrompu => "interrompu",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string ToCode(this BatchItemState state) => state switch
    {
        BatchItemState.ATraiter => "a_traiter",
        BatchItemState.Traite => "traite",
        BatchItemState.Erreur => "erreur",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static string ToCode(this DocumentStatus status) => status switch
    {
        DocumentStatus.Processed => "processed",
        DocumentStatus.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string ToCode(this Classement classement) => classement switch
    {
        Classement.EnAttente => "en_attente",
        Classement.Classe => "classe",
        Classement.Renvoye => "renvoye",
        _ => throw new ArgumentOutOfRangeException(nameof(classement), classement, null),
    };

    public static string ToCode(this DecisionKind kind) => kind switch
    {
        DecisionKind.Classer => "classer",
        DecisionKind.Renvoyer => "renvoyer",
        DecisionKind.Rouvrir => "rouvrir",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static BatchStatus ParseBatchStatus(string code) =>
        TryParse<BatchStatus>(code, ToCode, out var value) ? value : throw Unknown(code, "statut de lot");

    public static BatchItemState ParseBatchItemState(string code) =>
        TryParse<BatchItemState>(code, ToCode, out var value) ? value : throw Unknown(code, "état d'entrée de lot");

    public static DocumentStatus ParseDocumentStatus(string code) =>
        TryParse<DocumentStatus>(code, ToCode, out var value) ? value : throw Unknown(code, "statut de document");

    public static DecisionKind ParseDecisionKind(string code) =>
        TryParse<DecisionKind>(code, ToCode, out var value) ? value : throw Unknown(code, "décision");

    public static Classement ParseClassement(string code) =>
        TryParseClassement(code, out var value) ? value : throw Unknown(code, "classement");

    public static bool TryParseClassement(string? code, out Classement classement) =>
        TryParse(code, ToCode, out classement);

    private static bool TryParse<T>(string? code, Func<T, string> toCode, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(toCode(candidate), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static FormatException Unknown(string code, string what) =>
        new($"Code de {what} inconnu dans le catalogue : « {code} ».");
}
