using System.Globalization;

namespace Vigie.Bench.Ingestion;

/// <summary>
/// Writes the text of fictitious but realistic FPT HR acts (arrêtés and contracts), page by page, from a
/// seeded random source: the same seed always gives the same acts.
/// </summary>
internal sealed class HrActTextGenerator(int seed)
{
    private static readonly string[] Communes = ["Saint-Pair-sur-Mer", "Granville", "Coutances", "Avranches", "Villedieu-les-Poêles", "Bréhal", "Périers", "Carentan-les-Marais"];
    private static readonly string[] Prenoms = ["Claire", "Nicolas", "Élodie", "François", "Amélie", "Jérôme", "Hélène", "Loïc", "Léa", "Gaëtan"];
    private static readonly string[] Noms = ["DUPONT", "MARTIN", "LEFÈVRE", "GUÉRIN", "LEROY", "MOREAU", "PETIT", "LEBRUN", "HÉBERT", "DURAND"];
    private static readonly string[] Grades = ["adjoint administratif principal de 2e classe", "adjoint technique territorial", "rédacteur territorial", "agent de maîtrise", "adjoint d'animation principal de 1re classe"];
    private static readonly string[] Mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private readonly Random _random = new(seed);

    /// <summary>The pages of one act, each a list of lines.</summary>
    public IReadOnlyList<IReadOnlyList<string>> NextAct(int number, bool twoPages)
    {
        var commune = Pick(Communes);
        var agent = $"{(_random.Next(2) == 0 ? "Mme" : "M.")} {Pick(Prenoms)} {Pick(Noms)}";
        var grade = Pick(Grades);
        var day = _random.Next(1, 28);
        var month = Pick(Mois);
        var echelon = _random.Next(2, 11);
        var ib = 367 + (echelon * 12);
        var im = 366 + (echelon * 9);
        var kind = _random.Next(3);
        var title = kind switch
        {
            0 => "portant avancement d'échelon",
            1 => "portant mise en disponibilité pour convenances personnelles",
            _ => "portant autorisation d'exercice des fonctions à temps partiel",
        };

        var first = new List<string>
        {
            "RÉPUBLIQUE FRANÇAISE",
            $"COMMUNE DE {commune.ToUpperInvariant()}",
            "Département de la Manche",
            string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"ARRÊTÉ N° 2026-{number:00000}"),
            title,
            string.Empty,
            $"Le Maire de la Commune de {commune},",
            "Vu le code général de la fonction publique, notamment ses articles L. 522-1 et suivants ;",
            "Vu le décret n° 2016-596 du 12 mai 2016 relatif à l'organisation des carrières des",
            "fonctionnaires de catégorie C de la fonction publique territoriale ;",
            "Vu le décret n° 2016-604 du 12 mai 2016 fixant les différentes échelles de rémunération ;",
            $"Vu la délibération du conseil municipal du {day} {month} 2025 fixant le tableau des effectifs ;",
            $"Vu la situation administrative de {agent}, {grade} ;",
            "Considérant que l'intéressé(e) remplit les conditions requises ;",
            string.Empty,
            "ARRÊTE :",
            string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"Article 1er : À compter du {day} {month} 2026, {agent} est classé(e) au {echelon}e échelon"),
            $"du grade de {grade}.",
            string.Create(CultureInfo.InvariantCulture, $"Article 2 : L'intéressé(e) percevra le traitement afférent à l'indice brut {ib}, indice majoré {im}."),
            "Article 3 : L'ancienneté conservée dans l'échelon est fixée à zéro mois.",
        };

        var closing = new List<string>
        {
            "Article 4 : Le Directeur général des services est chargé de l'exécution du présent arrêté, dont",
            "ampliation sera adressée au Président du Centre de gestion de la fonction publique territoriale",
            "de la Manche, au comptable de la collectivité et à l'intéressé(e).",
            string.Empty,
            $"Fait à {commune}, le {day} {month} 2026",
            "Le Maire,",
            $"{Pick(Prenoms)} {Pick(Noms)}",
            string.Empty,
            "Le présent arrêté peut faire l'objet d'un recours pour excès de pouvoir devant le tribunal",
            "administratif de Caen dans un délai de deux mois à compter de sa notification. Le tribunal",
            "peut être saisi par l'application Télérecours citoyens (www.telerecours.fr).",
            string.Empty,
            "Notifié le .......................... Signature de l'agent :",
        };

        if (!twoPages)
        {
            first.AddRange(closing);
            return [first];
        }

        var second = new List<string>
        {
            "Article 4 : L'intéressé(e) conserve le bénéfice des droits acquis au titre de sa situation antérieure.",
            "Article 5 : Une copie du présent arrêté sera versée au dossier individuel de l'agent.",
        };
        second.AddRange(closing.Select(l => l.Replace("Article 4 :", "Article 6 :", StringComparison.Ordinal)));
        return [first, second];
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
