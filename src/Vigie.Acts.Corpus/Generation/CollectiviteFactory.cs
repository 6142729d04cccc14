using Vigie.Acts.Corpus.Referentiels;

namespace Vigie.Acts.Corpus.Generation;

/// <summary>Picks a real employer suited to a house style and the person who signs for it.</summary>
public sealed class CollectiviteFactory(CorpusReferentiels referentiels)
{
    private static readonly string[] SyndicatKinds =
    [
        "Syndicat intercommunal d'alimentation en eau potable",
        "Syndicat intercommunal à vocation multiple",
        "Syndicat intercommunal de collecte et de traitement des ordures ménagères",
        "Syndicat intercommunal scolaire",
    ];

    public Collectivite Create(Random random, HouseStyle style)
    {
        ArgumentNullException.ThrowIfNull(random);
        var communes = referentiels.Communes;
        switch (style)
        {
            case HouseStyle.CommuneClassique:
                return Commune(random.Pick(communes.Small), "Commune");
            case HouseStyle.GrandeVilleDelegation:
                return Commune(random.Pick(communes.Large), "Ville");
            case HouseStyle.EtablissementPresident:
                return Etablissement(random);
            case HouseStyle.SirhExport:
                return random.Chance(0.2) ? Etablissement(random) : Commune(random.Pick(random.Chance(0.5) ? communes.Small : communes.Large), "Commune");
            default:
                var pool = communes.Medium.Count > 0 ? communes.Medium : communes.Communes;
                return random.Chance(0.25) ? Etablissement(random) : Commune(random.Pick(pool), "Commune");
        }
    }

    /// <summary>The signatory: the autorité itself, or a delegate with the visa of the delegation arrêté.</summary>
    public Signatory CreateSignatory(Random random, Collectivite collectivite, HouseStyle style, DateOnly signature)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(collectivite);
        var person = referentiels.Names.Pick(random);
        var delegateShare = style switch
        {
            HouseStyle.GrandeVilleDelegation => 0.75,
            HouseStyle.EtablissementPresident => 0.3,
            HouseStyle.SirhExport => 0.3,
            _ => 0.12,
        };
        var autoriteQualite = collectivite.QualiteAutorite == "Président" && person.Feminine ? "Présidente" : collectivite.QualiteAutorite;
        if (!random.Chance(delegateShare))
        {
            return new Signatory(person, autoriteQualite, true, null);
        }

        var delegationDate = random.Between(signature.AddYears(-3), signature.AddDays(-20));
        var arrete = $"{delegationDate.Year}-{random.Next(1, 300):000}";
        string qualite;
        string basis;
        if (collectivite.Kind == CollectiviteKind.Commune && random.Chance(0.5))
        {
            qualite = person.Feminine ? "Adjointe au Maire déléguée aux ressources humaines" : "Adjoint au Maire délégué aux ressources humaines";
            basis = "L. 2122-18";
        }
        else if (collectivite.Kind != CollectiviteKind.Commune && random.Chance(0.4))
        {
            qualite = person.Feminine ? "Vice-présidente chargée du personnel" : "Vice-président chargé du personnel";
            basis = collectivite.Kind == CollectiviteKind.Departement ? "L. 3221-3" : "L. 5211-9";
        }
        else
        {
            qualite = random.Chance(0.6)
                ? (person.Feminine ? "Directrice générale des services" : "Directeur général des services")
                : (person.Feminine ? "Directrice des ressources humaines" : "Directeur des ressources humaines");
            basis = collectivite.Kind switch
            {
                CollectiviteKind.Commune => "L. 2122-19",
                CollectiviteKind.Departement => "L. 3221-3",
                _ => "L. 5211-9",
            };
        }

        var visa = $"Vu l'arrêté n° {arrete} du {FrenchDates.Write(delegationDate, DateWriting.MonthInLetters)} portant délégation de signature à {person.Complet}, {qualite}, en application de l'article {basis} du code général des collectivités territoriales";
        return new Signatory(person, qualite, false, visa);
    }

    private Collectivite Commune(Commune commune, string word)
    {
        var departement = referentiels.Departements.Get(commune.Departement);
        return new Collectivite(
            CollectiviteKind.Commune,
            $"{word} {FrenchGrammar.De(commune.Nom)}",
            $"Le Maire {FrenchGrammar.De(commune.Nom)}",
            departement,
            commune.Nom,
            commune.Population);
    }

    private Collectivite Etablissement(Random random)
    {
        var communes = referentiels.Communes;
        var draw = random.Next(4);
        if (draw == 0 && communes.Epcis.Count > 0)
        {
            var epci = random.Pick(communes.Epcis);
            var departement = referentiels.Departements.Get(epci.Departement);
            return new Collectivite(CollectiviteKind.Epci, epci.Nom, "Le Président " + DeInstitution(epci.Nom), departement, epci.Siege, 0);
        }

        if (draw == 1)
        {
            var commune = random.Pick(random.Chance(0.5) ? communes.Small : communes.Large);
            var departement = referentiels.Departements.Get(commune.Departement);
            var nom = $"Centre communal d'action sociale {FrenchGrammar.De(commune.Nom)}";
            return new Collectivite(CollectiviteKind.Ccas, nom, "Le Président du " + nom, departement, commune.Nom, 0);
        }

        if (draw == 2)
        {
            var departement = random.Pick(referentiels.Departements.All.Where(d => communes.Largest(d.Code) is not null).ToArray());
            var seat = communes.Largest(departement.Code)!;
            return new Collectivite(
                CollectiviteKind.Departement,
                "Département " + departement.DeNom,
                "Le Président du Conseil départemental " + departement.DeNom,
                departement,
                seat.Nom,
                0);
        }

        var town = random.Pick(communes.Small);
        var dep = referentiels.Departements.Get(town.Departement);
        var syndicat = $"{random.Pick(SyndicatKinds)} {FrenchGrammar.De(town.Nom)}";
        return new Collectivite(CollectiviteKind.Syndicat, syndicat, "Le Président du " + syndicat, dep, town.Nom, 0);
    }

    /// <summary>"de la Communauté de communes …", "de Rennes Métropole", "de la Métropole …".</summary>
    private static string DeInstitution(string name)
    {
        string[] feminine = ["Communauté", "Métropole"];
        return feminine.Any(f => name.StartsWith(f, StringComparison.Ordinal)) ? "de la " + name : FrenchGrammar.De(name);
    }
}
