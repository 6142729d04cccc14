using System.Globalization;
using System.Text;

namespace Vigie.Bench.Privacy;

/// <summary>
/// Generates realistic French administrative documents (emails, letters, HR acts, meeting notes, CVs) with their
/// personal data marked inline as {{TYPE|text}}, from templates and hand-made pools. Deterministic for a seed.
/// </summary>
internal sealed class PiiTextGenerator(int seed)
{
    private static readonly string[] FirstNamesF = ["Claire", "Nathalie", "Sophie", "Isabelle", "Léa", "Camille", "Inès", "Fatima", "Marie-Christine", "Océane", "Aurélie", "Sandrine", "Émilie", "Yasmina", "Chloé", "Anne-Laure", "Brigitte", "Rose", "Hélène", "Manon"];
    private static readonly string[] FirstNamesM = ["Jean", "Thomas", "Nicolas", "Julien", "Mohamed", "Kévin", "Pierre", "Jean-Marc", "Loïc", "Antoine", "Yannick", "Mamadou", "François", "Vincent", "Hugo", "Stéphane", "Baptiste", "Rémi", "Clément", "Alexandre"];
    private static readonly string[] Surnames = ["Dupont", "Martin", "Bernard", "Lefèvre", "Moreau", "Petit", "Blanc", "Le Goff", "N'Diaye", "Nguyen", "Da Costa", "Garcia", "Fontaine", "Roux", "Mercier", "Boulanger", "Chevalier", "Lambert", "Bonnet", "Girard", "Haddad", "Kervella", "Dubois-Martin", "Rousseau", "Vasseur", "Perrin", "Marchand", "Traoré", "Benali", "de Lattre", "Legrand", "Carpentier", "Vidal", "Guillou", "Texier"];
    private static readonly (string Cp, string Town)[] Towns = [("75011", "Paris"), ("69003", "Lyon"), ("13006", "Marseille"), ("31400", "Toulouse"), ("33000", "Bordeaux"), ("44000", "Nantes"), ("67000", "Strasbourg"), ("35000", "Rennes"), ("38000", "Grenoble"), ("21000", "Dijon"), ("29200", "Brest"), ("63000", "Clermont-Ferrand"), ("74000", "Annecy"), ("86000", "Poitiers"), ("59800", "Lille"), ("64100", "Bayonne"), ("87000", "Limoges"), ("51100", "Reims")];
    private static readonly string[] Streets = ["rue des Lilas", "avenue Jean Jaurès", "boulevard Gambetta", "chemin des Vignes", "impasse du Moulin", "allée des Tilleuls", "rue de la République", "place du Marché", "route de Lyon", "rue Pasteur", "quai de la Loire", "rue du 8 Mai 1945", "avenue du Général de Gaulle", "rue Victor Hugo"];
    private static readonly string[] Grades = ["adjoint administratif", "adjoint technique principal de 2e classe", "rédacteur territorial", "agent de maîtrise", "attaché territorial", "auxiliaire de puériculture", "ingénieur territorial", "animateur territorial", "ATSEM principal de 1re classe"];
    private static readonly string[] Communes = ["Saint-Herblain", "Villeurbanne", "Montreuil", "Quimper", "Chambéry", "Valence", "Lorient", "Niort", "Vannes", "Colmar"];
    private static readonly string[] Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly (string Nir13, string Key)[] Nirs = [("1850375116012", "16"), ("2890169123456", "22"), ("1720213055089", "87"), ("260122A004023", "15"), ("177022B033017", "08"), ("2950533063125", "82"), ("1631244109145", "18"), ("2041092050310", "32"), ("1990631555123", "89"), ("2781159350042", "27")];
    private static readonly string[] Ibans = ["FR76 3000 4008 2300 0101 3978 567", "FR14 2004 1010 0505 0001 3M02 606", "FR76 3000 3012 3400 0501 2345 665", "FR76 1027 8089 0000 0204 5670 188", "FR76 1558 9228 0507 6543 2101 244", "FR76 3006 6100 2100 0102 3450 107", "DE89 3704 0044 0532 0130 00"];
    private static readonly string[] Mobiles = ["06 12 34 56 78", "06 71 42 85 13", "07 81 22 33 44", "06 45 12 78 90", "+33 6 58 74 12 09", "06.33.18.92.47", "0620431758", "07 68 95 41 20"];
    private static readonly string[] Domains = ["gmail.com", "orange.fr", "laposte.net", "free.fr", "outlook.fr", "yahoo.fr"];

    private readonly Random _random = new(seed);

    public string Next(int index) => (index % 5) switch
    {
        0 => Email(),
        1 => Letter(),
        2 => Act(),
        3 => Meeting(),
        _ => Cv(),
    };

    public static string Kind(int index) => (index % 5) switch
    {
        0 => "courriel",
        1 => "courrier",
        2 => "arrete",
        3 => "reunion",
        _ => "cv",
    };

    /// <summary>Removes the {{TYPE|…}} markup, leaving the plain text.</summary>
    public static string Plain(string annotated)
    {
        var builder = new StringBuilder(annotated.Length);
        var i = 0;
        while (i < annotated.Length)
        {
            var open = annotated.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0)
            {
                builder.Append(annotated, i, annotated.Length - i);
                break;
            }

            builder.Append(annotated, i, open - i);
            var bar = annotated.IndexOf('|', open);
            var close = annotated.IndexOf("}}", bar, StringComparison.Ordinal);
            builder.Append(annotated, bar + 1, close - bar - 1);
            i = close + 2;
        }

        return builder.ToString();
    }

    private sealed record Person(string First, string Last, bool Female)
    {
        public string Civility => Female ? "Mme" : "M.";

        public string Upper => Last.ToUpper(CultureInfo.GetCultureInfo("fr-FR"));
    }

    private Person NewPerson()
    {
        var female = _random.Next(2) == 0;
        var first = Pick(female ? FirstNamesF : FirstNamesM);
        return new Person(first, Pick(Surnames), female);
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static string P(string text) => "{{PERSONNE|" + text + "}}";

    private string FullName(Person p) => _random.Next(3) switch
    {
        0 => P($"{p.First} {p.Upper}"),
        1 => P($"{p.First} {p.Last}"),
        _ => P($"{p.Upper} {p.First}"),
    };

    private string Address(bool multiline)
    {
        var (cp, town) = Pick(Towns);
        var number = _random.Next(1, 180).ToString(CultureInfo.InvariantCulture) + (_random.Next(6) == 0 ? " bis" : _random.Next(8) == 0 ? " ter" : string.Empty);
        return "{{ADRESSE|" + $"{number} {Pick(Streets)}{(multiline ? "\n" : ", ")}{cp} {town}" + "}}";
    }

    private string BirthDate()
    {
        var day = _random.Next(1, 29);
        var month = _random.Next(1, 13);
        var year = _random.Next(1958, 2004);
        var text = _random.Next(3) switch
        {
            0 => $"{day:00}/{month:00}/{year}",
            1 => $"{(day == 1 ? "1er" : day.ToString(CultureInfo.InvariantCulture))} {Months[month - 1]} {year}",
            _ => $"{day:00}.{month:00}.{year}",
        };
        return "{{DATE_NAISSANCE|" + text + "}}";
    }

    private string Nir()
    {
        var (n, key) = Pick(Nirs);
        var spaced = $"{n[0]} {n[1..3]} {n[3..5]} {n[5..7]} {n[7..10]} {n[10..13]} {key}";
        return "{{NIR|" + (_random.Next(2) == 0 ? spaced : n + key) + "}}";
    }

    private string Phone() => "{{TELEPHONE|" + Pick(Mobiles) + "}}";

    private string Mail(Person p)
    {
        var local = (p.First + "." + p.Last).ToLower(CultureInfo.InvariantCulture).Replace(' ', '-').Replace("'", string.Empty, StringComparison.Ordinal)
            .Replace('é', 'e').Replace('è', 'e').Replace('ë', 'e').Replace('ï', 'i').Replace('ô', 'o').Replace('ç', 'c');
        return "{{EMAIL|" + local + "@" + Pick(Domains) + "}}";
    }

    private string DateOfAct() => $"{_random.Next(1, 29)} {Pick(Months)} {_random.Next(2023, 2026)}";

    private string Email()
    {
        var a = NewPerson();
        var b = NewPerson();
        return $"""
            De : {FullName(a)} <{Mail(a)}>
            À : {P($"{b.First} {b.Last}")}
            Objet : {Pick(["Demande de congés", "Dossier de retraite", "Changement de coordonnées", "Question sur ma paie", "Absence"])}

            Bonjour {P(b.First)},

            Je vous informe que mes coordonnées ont changé. Ma nouvelle adresse est {Address(false)}.
            Vous pouvez me joindre au {Phone()}. Pour la paie, voici mon nouvel IBAN : {"{{IBAN|" + Pick(Ibans) + "}}"}.
            Le dossier a été transmis le {DateOfAct()} au service du personnel, qui m'a indiqué un délai de quinze jours.

            Merci et bonne journée,
            {P($"{a.First} {a.Last}")}
            """;
    }

    private string Letter()
    {
        var p = NewPerson();
        var commune = Pick(Communes);
        return $"""
            Mairie de {commune}
            Direction des ressources humaines
            1 place de l'Hôtel de Ville

            {(p.Female ? "Madame" : "Monsieur")} {FullName(p)}
            {Address(true)}

            {commune}, le {DateOfAct()}

            Objet : {Pick(["attestation de services", "notification de reclassement", "réponse à votre demande de mutation"])}

            {(p.Female ? "Madame" : "Monsieur")},

            Je fais suite à votre demande du {DateOfAct()}. {p.Civility} {P(p.Upper)}, né{(p.Female ? "e" : string.Empty)} le {BirthDate()}, exerce les
            fonctions d'{Pick(Grades)} au sein de nos services depuis {_random.Next(2000, 2022)}, à temps complet.
            Son numéro de sécurité sociale ({Nir()}) figure au dossier individuel.

            Je vous prie d'agréer, {(p.Female ? "Madame" : "Monsieur")}, l'expression de mes salutations distinguées.

            Le Maire,
            {Pick(FirstNamesM)} {Pick(Surnames).ToUpper(CultureInfo.GetCultureInfo("fr-FR"))}
            """;
    }

    private string Act()
    {
        var p = NewPerson();
        var commune = Pick(Communes);
        var matricule = "{{MATRICULE|" + _random.Next(1000, 99999).ToString("000000", CultureInfo.InvariantCulture) + "}}";
        return $"""
            ARRÊTÉ N° {_random.Next(2023, 2026)}-RH-{_random.Next(1, 999):000}
            portant {Pick(["avancement d'échelon", "nomination stagiaire", "mise en disponibilité", "attribution de la NBI"])}

            Le Maire de {commune},

            Vu le code général de la fonction publique ;
            Vu la demande de {p.Civility} {FullName(p)} en date du {DateOfAct()} ;
            Considérant que {p.Civility} {P(p.Upper)} remplit les conditions requises ;

            ARRÊTE

            Article 1 : {p.Civility} {P($"{p.First} {p.Upper}")}, né{(p.Female ? "e" : string.Empty)} le {BirthDate()}, matricule {matricule}, {Pick(Grades)},
            est placé{(p.Female ? "e" : string.Empty)} dans la position indiquée à compter du {DateOfAct()} (indice brut {_random.Next(350, 700)}).
            Article 2 : Le Directeur général des services est chargé de l'exécution du présent arrêté.

            Fait à {commune}, le {DateOfAct()}
            Le Maire,
            {Pick(FirstNamesF)} {Pick(Surnames).ToUpper(CultureInfo.GetCultureInfo("fr-FR"))}
            """;
    }

    private string Meeting()
    {
        var a = NewPerson();
        var b = NewPerson();
        var c = NewPerson();
        return $"""
            Compte rendu de réunion du {DateOfAct()}
            Participants : {P($"{a.First} {a.Last}")}, {P($"{b.First} {b.Last}")}, {c.Civility} {P(c.Upper)}

            1. Planning
            {P(a.First)} présente le planning de l'été. {c.Civility} {P(c.Last)} sera absent{(c.Female ? "e" : string.Empty)} en août.
            2. Situations individuelles
            Le dossier de {P($"{b.First} {b.Last}")} ({Pick(Grades)}) sera présenté à la prochaine CAP. Joindre l'intéressé{(b.Female ? "e" : string.Empty)} au {Phone()}.
            3. Divers
            Le petit matériel sera commandé avant le {DateOfAct()} (montant estimé : {_random.Next(200, 3000)} euros).
            """;
    }

    private string Cv()
    {
        var p = NewPerson();
        return $"""
            {FullName(p)}
            {Address(true)}
            {Phone()} – {Mail(p)}
            Né{(p.Female ? "e" : string.Empty)} le {BirthDate()}

            EXPÉRIENCE PROFESSIONNELLE
            {_random.Next(2010, 2020)} – aujourd'hui : {Pick(Grades)}, Mairie de {Pick(Communes)}
            {_random.Next(2000, 2010)} – {_random.Next(2010, 2015)} : agent contractuel, Communauté d'agglomération de {Pick(Communes)}

            FORMATION
            {_random.Next(1995, 2015)} : {Pick(["Licence d'administration publique", "BTS assistant de gestion", "CAP petite enfance", "Master droit public"])}

            Langues : anglais (B2). Loisirs : course à pied, bénévolat.
            """;
    }
}
