namespace Vigie.Acts.Corpus.Referentiels;

/// <summary>Common French first names and surnames (built-in, immutable) to name agents and signatories.</summary>
public sealed class NameCatalog
{
    private static readonly string[] FemaleFirstNames =
    [
        "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Valérie", "Christine", "Sandrine", "Véronique",
        "Sophie", "Céline", "Stéphanie", "Nadia", "Claire", "Hélène", "Laurence", "Émilie", "Aurélie", "Julie",
        "Camille", "Léa", "Manon", "Chloé", "Inès", "Gaëlle", "Anaïs", "Maëlle", "Océane", "Noémie",
        "Brigitte", "Martine", "Monique", "Annie", "Josiane", "Fatima", "Karima", "Élodie", "Mélanie", "Anne-Sophie",
        "Marie-Christine", "Agnès", "Béatrice", "Corinne", "Delphine", "Solène", "Yasmine", "Zoé", "Pauline", "Justine",
    ];

    private static readonly string[] MaleFirstNames =
    [
        "Jean", "Philippe", "Michel", "Alain", "Patrick", "Nicolas", "Christophe", "Pierre", "Christian", "Éric",
        "Laurent", "Frédéric", "Stéphane", "David", "Olivier", "Sébastien", "Julien", "Thierry", "Pascal", "Jérôme",
        "Franck", "Hervé", "Didier", "Bruno", "Gilles", "Loïc", "Yannick", "Mickaël", "Cédric", "Maxime",
        "Thomas", "Kévin", "Romain", "Anthony", "Mathieu", "Benoît", "Grégory", "Hugo", "Lucas", "Noël",
        "Jean-Pierre", "Jean-François", "Jean-Luc", "Karim", "Mohamed", "Yves", "Gérard", "Bernard", "Damien", "Raphaël",
    ];

    private static readonly string[] Surnames =
    [
        "MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU", "LAURENT",
        "SIMON", "MICHEL", "LEFEBVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER", "GIRARD",
        "BONNET", "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT", "MULLER", "LEFÈVRE", "FAURE", "ANDRÉ",
        "MERCIER", "BLANC", "GUÉRIN", "BOYER", "GARNIER", "CHEVALIER", "FRANÇOIS", "LEGRAND", "GAUTHIER", "GARCIA",
        "PERRIN", "ROBIN", "CLÉMENT", "MORIN", "NICOLAS", "HENRY", "ROUSSEL", "MATHIEU", "GAUTIER", "MASSON",
        "MARCHAND", "DUVAL", "DENIS", "DUMONT", "MARIE", "LEMAIRE", "NOËL", "MEYER", "DUFOUR", "MEUNIER",
        "BRUN", "BLANCHARD", "GIRAUD", "JOLY", "RIVIÈRE", "LUCAS", "BRUNET", "GAILLARD", "BARBIER", "ARNAUD",
        "MARTINEZ", "GÉRARD", "ROCHE", "RENARD", "SCHMITT", "ROY", "LEROUX", "COLIN", "VIDAL", "CARON",
        "PICARD", "ROGER", "FABRE", "AUBERT", "LEMOINE", "RENAUD", "DUMAS", "LACROIX", "OLIVIER", "PHILIPPE",
        "LE GALL", "LE ROUX", "LE GOFF", "HUET", "LEBRETON", "DUPONT-MARTIN", "N'DIAYE", "DA SILVA", "BENOÎT", "HAMON",
        "QUÉRÉ", "LEMARCHAND", "HÉBERT", "LECLERC", "LEBLANC", "GUILLOU", "TANGUY", "COLLET", "PRÉVOST", "BOUCHER",
    ];

    public IReadOnlyList<string> Female => FemaleFirstNames;

    public IReadOnlyList<string> Male => MaleFirstNames;

    public IReadOnlyList<string> Family => Surnames;

    public PersonName Pick(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var female = random.Next(2) == 0;
        var first = female ? FemaleFirstNames[random.Next(FemaleFirstNames.Length)] : MaleFirstNames[random.Next(MaleFirstNames.Length)];
        return new PersonName(female ? "Mme" : "M.", first, Surnames[random.Next(Surnames.Length)]);
    }

    /// <summary>Another surname than <paramref name="surname"/>.</summary>
    public string OtherSurname(Random random, string surname)
    {
        ArgumentNullException.ThrowIfNull(random);
        string other;
        do
        {
            other = Surnames[random.Next(Surnames.Length)];
        }
        while (other == surname);
        return other;
    }
}
