namespace Vigie.Cli.Tests.Check;

/// <summary>Small, realistic acts written for the end-to-end tests of <c>vigie check</c>.</summary>
internal static class CheckFixtures
{
    /// <summary>An avancement d'échelon of a commune of the Manche, conforming to the law (grid C2, TA de Caen).</summary>
    public static string AvancementConforme(string nom = "DUPONT", string prenom = "Claire") => $"""
        COMMUNE DE SAINT-PAIR-SUR-MER
        Département de la Manche

        ARRÊTÉ N° 2026-045
        portant avancement d'échelon

        Le Maire de la commune de Saint-Pair-sur-Mer,

        Vu le code général de la fonction publique, notamment son article L. 522-2 ;
        Vu le décret n° 2016-596 du 12 mai 2016 relatif à l'organisation des carrières des fonctionnaires de catégorie C ;
        Vu le décret n° 2016-604 du 12 mai 2016 fixant les différentes échelles de rémunération pour les fonctionnaires de catégorie C ;
        Vu l'arrêté du 3 février 2025 nommant Mme {prenom} {nom} au 4e échelon du grade d'adjoint administratif principal de 2e classe ;

        ARRÊTE

        Article 1er : Mme {prenom} {nom}, adjoint administratif principal de 2e classe, est promue au 5e échelon de son grade
        à compter du 1er mars 2026, indice brut 396, indice majoré 374.

        Article 2 : Le Directeur général des services est chargé de l'exécution du présent arrêté, dont ampliation sera
        adressée au comptable de la collectivité et au Centre de gestion de la Manche.

        Article 3 : Le présent arrêté peut faire l'objet d'un recours pour excès de pouvoir devant le tribunal administratif
        de Caen dans un délai de deux mois à compter de sa notification.

        Fait à Saint-Pair-sur-Mer, le 12 février 2026

        Le Maire,
        Nicolas MARTIN

        Notifié à l'agent le : ..........
        """;

    /// <summary>The same act naming the wrong tribunal (Rennes instead of Caen).</summary>
    public static string AvancementMauvaisTribunal() =>
        AvancementConforme("LEROY", "Paul").Replace("Mme Paul LEROY", "M. Paul LEROY", StringComparison.Ordinal)
            .Replace("est promue", "est promu", StringComparison.Ordinal)
            .Replace("administratif\n" + "de Caen", "administratif\n" + "de Rennes", StringComparison.Ordinal)
            .Replace("tribunal administratif\r\nde Caen", "tribunal administratif\r\nde Rennes", StringComparison.Ordinal);
}
