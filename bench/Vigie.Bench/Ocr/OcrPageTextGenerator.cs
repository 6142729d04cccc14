using System.Globalization;

namespace Vigie.Bench.Ocr;

/// <summary>
/// Full A4 pages of fictitious French HR acts (about 40 lines each), from a seeded random source: the same seed
/// always gives the same pages, so runs compare.
/// </summary>
internal sealed class OcrPageTextGenerator(int seed)
{
    private static readonly string[] Communes = ["Saint-Genis-les-Ollières", "Villeurbanne", "Vénissieux", "Écully", "Caluire-et-Cuire", "Brignais", "Tassin-la-Demi-Lune", "Sainte-Foy-lès-Lyon"];
    private static readonly string[] Prenoms = ["Claire", "Nicolas", "Élodie", "François", "Amélie", "Jérôme", "Hélène", "Loïc", "Léa", "Gaëtan"];
    private static readonly string[] Noms = ["DUBOIS", "MARTIN", "LEFÈVRE", "GUÉRIN", "LEROY", "MOREAU", "PETIT", "LEBRUN", "HÉBERT", "DURAND"];
    private static readonly string[] Grades = ["adjoint administratif principal de 2e classe", "adjoint technique territorial", "rédacteur territorial", "agent de maîtrise", "adjoint d'animation principal de 1re classe"];
    private static readonly string[] Mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private readonly Random _random = new(seed);

    public IReadOnlyList<string> NextPage(int number)
    {
        var commune = Pick(Communes);
        var agent = $"{(_random.Next(2) == 0 ? "Madame" : "Monsieur")} {Pick(Prenoms)} {Pick(Noms)}";
        var grade = Pick(Grades);
        var day = _random.Next(1, 28);
        var month = Pick(Mois);
        var echelon = _random.Next(2, 11);
        var fr = CultureInfo.InvariantCulture;
        return
        [
            "RÉPUBLIQUE FRANÇAISE",
            $"COMMUNE DE {commune.ToUpperInvariant()}",
            "Département du Rhône",
            string.Empty,
            string.Create(fr, $"ARRÊTÉ N° 2024-{number:0000} PORTANT AVANCEMENT D'ÉCHELON"),
            string.Empty,
            $"Le Maire de la commune de {commune},",
            string.Empty,
            "Vu le code général de la fonction publique, notamment ses articles L. 522-1 et suivants ;",
            "Vu le décret n° 2016-596 du 12 mai 2016 relatif à l'organisation des carrières des",
            "fonctionnaires de catégorie C de la fonction publique territoriale ;",
            "Vu le décret n° 2016-604 du 12 mai 2016 fixant les différentes échelles de rémunération ;",
            string.Create(fr, $"Vu la délibération du conseil municipal du {day} {month} 2023 fixant le tableau des effectifs ;"),
            $"Vu la situation administrative de {agent}, {grade} ;",
            "Vu l'avis de la commission administrative paritaire compétente ;",
            string.Create(fr, $"Considérant que {agent} remplit les conditions requises pour accéder au {echelon}e échelon ;"),
            string.Empty,
            "ARRÊTE",
            string.Empty,
            string.Create(fr, $"Article 1 : À compter du {day} {month} 2024, {agent}, {grade},"),
            string.Create(fr, $"est classé(e) au {echelon}e échelon de son grade."),
            string.Create(fr, $"Article 2 : L'intéressé(e) percevra le traitement afférent à l'indice brut {367 + (echelon * 12)},"),
            string.Create(fr, $"indice majoré {366 + (echelon * 9)}, et conserve une ancienneté de {_random.Next(0, 12)} mois dans l'échelon."),
            "Article 3 : Le directeur général des services est chargé de l'exécution du présent arrêté,",
            "dont ampliation sera adressée au Président du Centre de gestion de la fonction publique",
            "territoriale du Rhône, au comptable de la collectivité et à l'intéressé(e).",
            string.Empty,
            "Article 4 : Le présent arrêté peut faire l'objet d'un recours pour excès de pouvoir devant le",
            "tribunal administratif de Lyon dans un délai de deux mois à compter de sa notification.",
            "Le tribunal peut être saisi par l'application Télérecours citoyens (www.telerecours.fr).",
            string.Empty,
            string.Create(fr, $"Fait à {commune}, le {day} {month} 2024."),
            string.Empty,
            "Le Maire,",
            $"{Pick(Prenoms)} {Pick(Noms)}",
            string.Empty,
            "Certifié exécutoire compte tenu de la transmission en préfecture le ...................",
            "et de la notification à l'agent le ................... Signature de l'agent :",
        ];
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
