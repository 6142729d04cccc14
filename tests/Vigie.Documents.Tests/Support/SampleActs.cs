namespace Vigie.Documents.Tests.Support;

/// <summary>Text of typical FPT HR acts and letters, as lines, for bundle and reader tests (fictitious people).</summary>
internal static class SampleActs
{
    public static string[] AvancementEchelonPage1(string number, string agent) =>
    [
        "RÉPUBLIQUE FRANÇAISE",
        "COMMUNE DE SAINT-PAIR-SUR-MER",
        "Département de la Manche",
        string.Empty,
        $"ARRÊTÉ N° {number}",
        "portant avancement d'échelon",
        string.Empty,
        "Le Maire de la Commune de Saint-Pair-sur-Mer,",
        "Vu le code général de la fonction publique,",
        "Vu le décret n° 2016-596 du 12 mai 2016 relatif à l'organisation des carrières,",
        $"Vu la situation administrative de {agent}, adjoint administratif principal de 2e classe,",
        string.Empty,
        "ARRÊTE :",
        string.Empty,
        $"Article 1er : {agent} est promu(e) au 5e échelon à compter du 1er mars 2026.",
        "Article 2 : L'intéressé(e) percevra le traitement afférent à l'indice brut 396, indice majoré 374.",
    ];

    public static string[] AvancementEchelonPage2(string place = "Saint-Pair-sur-Mer") =>
    [
        "Article 3 : Le Directeur général des services est chargé de l'exécution du présent arrêté.",
        string.Empty,
        $"Fait à {place}, le 12 février 2026",
        "Le Maire,",
        "Nicolas MARTIN",
        string.Empty,
        "Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif de Caen",
        "dans un délai de deux mois à compter de sa notification.",
        "Notifié le ..................... Signature de l'agent :",
    ];

    /// <summary>A whole one-page arrêté.</summary>
    public static string[] AvancementEchelon(string number, string agent) =>
        [.. AvancementEchelonPage1(number, agent), .. AvancementEchelonPage2()];

    public static string[] ContratDureeDeterminee(string agent) =>
    [
        "COMMUNE DE SAINT-PAIR-SUR-MER",
        string.Empty,
        "CONTRAT À DURÉE DÉTERMINÉE",
        "Recrutement d'un agent contractuel sur le fondement de l'article L. 332-23 1° du CGFP",
        string.Empty,
        "Entre la Commune de Saint-Pair-sur-Mer, représentée par son Maire,",
        $"et {agent}, demeurant 3 rue des Lilas, 50380 Saint-Pair-sur-Mer,",
        "Il a été convenu ce qui suit :",
        "Article 1 : L'agent est recruté du 1er avril 2026 au 30 septembre 2026.",
        "Article 2 : L'agent exerce les fonctions d'adjoint technique, catégorie C, à temps complet.",
        "Article 3 : La rémunération est calculée sur la base de l'indice majoré 366.",
        "Fait à Saint-Pair-sur-Mer, le 20 mars 2026, en deux exemplaires.",
        "L'agent,                Le Maire,",
        "Nicolas MARTIN",
    ];

    public static string[] Letter(string agent) =>
    [
        "COMMUNE DE SAINT-PAIR-SUR-MER",
        "Service des ressources humaines",
        string.Empty,
        $"À l'attention de {agent}",
        "Objet : notification de votre avancement d'échelon",
        string.Empty,
        "Madame,",
        "J'ai le plaisir de vous informer que vous bénéficiez d'un avancement d'échelon.",
        "Vous trouverez ci-joint l'arrêté correspondant, dont un exemplaire est à nous retourner signé.",
        "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.",
        "Le Maire,",
        "Nicolas MARTIN",
    ];

    /// <summary>An act written without accents and with OCR noise ("ARRETE N0").</summary>
    public static string[] OcrNoisyArrete(string number, string agent) =>
    [
        "REPUBLIQUE FRANCAISE",
        "COMMUNE DE GRANVILLE",
        $"ARRETE N0 {number}",
        "PORTANT MISE EN DISPONIBILITE",
        "Le Maire de Granville,",
        "Vu le code general de la fonction publique,",
        $"Vu la demande de {agent} en date du 2 janvier 2026,",
        "ARRETE :",
        $"Article 1 : {agent} est placee en disponibilite pour convenances personnelles.",
        "Article 2 : La presente decision prend effet le 1er mars 2026.",
        "Fait a Granville, le 15 fevrier 2026",
        "Le Maire,",
    ];

    public static string Text(IEnumerable<string> lines) => string.Join('\n', lines);
}
