using System.Collections.Frozen;

namespace Vigie.Privacy.Recognizers;

/// <summary>Closed word lists (folded: upper case, no accents) that the name recogniser reads around a name.</summary>
internal static class NameCueWords
{
    /// <summary>Civilities; the value says the gender they imply (0 unknown, 1 male, 2 female).</summary>
    public static readonly FrozenDictionary<string, int> Civilities = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["MME"] = 2, ["MMES"] = 2, ["MLLE"] = 2, ["MLLES"] = 2, ["MADAME"] = 2, ["MADEMOISELLE"] = 2, ["MESDAMES"] = 2,
        ["MONSIEUR"] = 1, ["MM"] = 1, ["MESSIEURS"] = 1, ["MR"] = 1,
        ["DR"] = 0, ["DOCTEUR"] = 0, ["DOCTEURE"] = 2, ["PR"] = 0, ["PROFESSEUR"] = 0, ["MAITRE"] = 0, ["ME"] = 0,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words right before a name that announce a person ("l'agent DUPONT", "épouse MARTIN").</summary>
    public static readonly FrozenSet<string> CueWords = FrozenSet.ToFrozenSet(
        [
            "AGENT", "AGENTE", "EPOUSE", "EPOUX", "NEE", "VEUVE", "VEUF", "SOUSSIGNE", "SOUSSIGNEE", "SOUSSIGNES",
            "CONJOINT", "CONJOINTE", "FILS", "FILLE", "ENFANT", "CANDIDAT", "CANDIDATE", "STAGIAIRE", "INTERESSE", "INTERESSEE",
            "COLLEGUE", "COLLABORATEUR", "COLLABORATRICE", "SALARIE", "SALARIEE", "TITULAIRE", "EP",
        ],
        StringComparer.Ordinal);

    /// <summary>Cue words that say the name is a woman's.</summary>
    public static readonly FrozenSet<string> FemaleCueWords = FrozenSet.ToFrozenSet(
        ["EPOUSE", "NEE", "VEUVE", "DITE", "SOUSSIGNEE", "CONJOINTE", "FILLE", "CANDIDATE", "INTERESSEE", "SALARIEE", "AGENTE", "EP"],
        StringComparer.Ordinal);

    /// <summary>Words that join a second surname to a name ("Claire DUPONT épouse MARTIN").</summary>
    public static readonly FrozenSet<string> SurnameLinks = FrozenSet.ToFrozenSet(
        ["EPOUSE", "EP", "NEE", "VEUVE", "DITE", "DIT", "EPOUX", "VEUF"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Greetings = FrozenSet.ToFrozenSet(
        ["BONJOUR", "BONSOIR", "CHER", "CHERE", "SALUT", "MERCI", "COUCOU", "HELLO", "BRAVO"], StringComparer.Ordinal);

    /// <summary>Labels followed by a colon and a name ("Nom : DUPONT", "De : Claire Martin", "Présents : …").</summary>
    public static readonly FrozenSet<string> Labels = FrozenSet.ToFrozenSet(
        [
            "NOM", "NOMS", "PRENOM", "PRENOMS", "USAGE", "FAMILLE", "DE", "A", "CC", "CCI", "EXPEDITEUR", "DESTINATAIRE",
            "DESTINATAIRES", "PAR", "AGENT", "INTERESSE", "INTERESSEE", "CANDIDAT", "CANDIDATE", "SALARIE", "SALARIEE",
            "TITULAIRE", "BENEFICIAIRE", "DEMANDEUR", "DEMANDEUSE", "REFERENT", "REFERENTE", "REDACTEUR", "REDACTRICE",
            "TUTEUR", "TUTRICE", "PRESENTS", "PRESENTES", "PRESENT", "PRESENTE", "ABSENTS", "ABSENTES", "ABSENT",
            "ABSENTE", "EXCUSES", "EXCUSEES", "EXCUSE", "EXCUSEE", "PARTICIPANTS", "PARTICIPANTES", "CONTACT",
            "INTERLOCUTEUR", "INTERLOCUTRICE", "FROM", "TO", "SIGNATAIRE", "AUTEUR", "AUTEURE", "EMETTEUR", "REPRESENTE",
            "REPRESENTEE", "POUVOIR", "SECRETAIRE", "ANIMATEUR", "ANIMATRICE", "RAPPORTEUR", "RAPPORTEUSE", "ENFANT",
            "CONJOINT", "CONJOINTE", "PERSONNE", "RESPONSABLE", "MANAGER", "EVALUATEUR", "EVALUATRICE", "ASSISTANT",
            "ASSISTANTE", "GESTIONNAIRE", "MEDECIN", "COPIE", "DIFFUSION",
        ],
        StringComparer.Ordinal);

    /// <summary>Capitalised words that never are (part of) a person's name in these documents.</summary>
    public static readonly FrozenSet<string> HardStops = FrozenSet.ToFrozenSet(
        [
            "MONSIEUR", "MADAME", "MADEMOISELLE", "MME", "MMES", "MLLE", "MM", "MR", "MESDAMES", "MESSIEURS", "DR", "DOCTEUR", "PR",
            "PROFESSEUR", "MAITRE", "ARTICLE", "ARTICLES", "VU", "VUS", "CONSIDERANT", "ARRETE", "ARRETONS", "DECIDE", "DECRETE",
            "OBJET", "REF", "REFERENCE", "REFERENCES", "PJ", "COPIE", "AMPLIATION", "FAIT", "SIGNE", "TEL", "FAX", "EMAIL", "MAIL",
            "COURRIEL", "MOBILE", "PORTABLE", "CEDEX", "BP", "CS", "JANVIER", "FEVRIER", "MARS", "AVRIL", "MAI", "JUIN", "JUILLET",
            "AOUT", "SEPTEMBRE", "OCTOBRE", "NOVEMBRE", "DECEMBRE", "LUNDI", "MARDI", "MERCREDI", "JEUDI", "VENDREDI", "SAMEDI",
            "DIMANCHE", "UN", "UNE", "DES", "AU", "AUX", "CE", "CET", "CETTE", "CES", "IL", "ELLE", "ILS", "ELLES", "NOUS", "VOUS",
            "JE", "ON", "SI", "ET", "OU", "MAIS", "DONC", "OR", "NI", "CAR", "EN", "DANS", "PAR", "POUR", "SUR", "AVEC", "SANS",
            "SOUS", "APRES", "AVANT", "DEPUIS", "PENDANT", "LORS", "QUE", "QUI", "QUOI", "DONT", "BONJOUR", "BONSOIR", "MERCI",
            "CORDIALEMENT", "BIEN", "CHER", "CHERE", "SALUT", "REPUBLIQUE", "FRANCAISE", "MAIRIE", "COMMUNE", "VILLE", "MAIRE",
            "PRESIDENT", "PRESIDENTE", "VICE-PRESIDENT", "VICE-PRESIDENTE", "PREFET", "PREFETE", "DIRECTEUR", "DIRECTRICE",
            "MINISTRE", "DEPUTE", "DEPUTEE", "SENATEUR", "SENATRICE", "CONSEILLER", "CONSEILLERE", "ADJOINT", "ADJOINTE",
            "SECRETAIRE", "RESPONSABLE", "CHEF", "GESTIONNAIRE", "AGENT", "AGENTE", "DELEGUE", "DELEGUEE", "SAINT", "SAINTE",
            "ST", "STE", "NOM", "PRENOM", "PRENOMS", "DATE", "LIEU", "ADRESSE", "NE", "NEE", "EPOUSE", "VEUVE", "CONJOINT",
            "ENFANT", "ENFANTS", "SERVICE", "SERVICES", "DIRECTION", "POLE", "CENTRE", "CONSEIL", "DEPARTEMENT", "REGION",
            "ETAT", "FRANCE", "GRADE", "ECHELON", "INDICE", "CATEGORIE", "CADRE", "EMPLOI", "MONTANT", "TOTAL", "SOIT",
            "MAIRE-ADJOINT", "MAIRE-ADJOINTE", "PJ", "NB", "PS", "RE", "TR", "FW", "FWD", "CC", "CCI", "DE", "DU", "LA", "LE",
            "LES", "L", "D", "A", "Y", "HOTEL", "PLACE", "RUE", "AVENUE", "BOULEVARD", "ALLEE", "IMPASSE", "CHEMIN", "ROUTE",
            "PRESENTS", "ABSENTS", "EXCUSES", "ORDRE", "JOUR", "POINT", "POINTS", "SEANCE", "QUESTION", "QUESTIONS", "DIVERS",
            "RELEVE", "DECISION", "DECISIONS", "COMPTE", "RENDU", "PROCES", "VERBAL", "EXPERIENCE", "EXPERIENCES", "FORMATION",
            "FORMATIONS", "COMPETENCES", "LANGUES", "LOISIRS", "CENTRES", "INTERETS", "PROFESSIONNELLE", "PROFESSIONNELLES",
            "DIPLOME", "DIPLOMES", "PERMIS", "ANGLAIS", "ESPAGNOL", "ALLEMAND", "ITALIEN", "CORDIALEMENT", "SINCERES",
            "SALUTATIONS", "VEUILLEZ", "AGREER", "DESTINATAIRE", "EXPEDITEUR", "ENVOYE", "ENVOYEE", "PAGE", "ANNEXE",
            "ANNEXES", "TITRE", "CHAPITRE", "SECTION", "ALINEA",
        ],
        StringComparer.Ordinal);

    /// <summary>Particles inside names ("de La Fontaine", "van der Berg", "Ben Ali", "d'Estaing").</summary>
    public static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["DE", "DU", "DES", "D", "LA", "LE", "VAN", "VON", "DER", "DEN", "DI", "DA", "DEL", "DELLA", "DOS", "DAS", "BEN", "BIN", "EL", "AL", "TER", "TEN", "MAC", "MC", "O", "ABD"],
        StringComparer.Ordinal);

    /// <summary>Words before a name that make it a place's or a law's name ("rue Victor Hugo", "lycée Jean Moulin", "loi Le Pors").</summary>
    public static readonly FrozenSet<string> PlaceWords = FrozenSet.ToFrozenSet(
        [
            "RUE", "AVENUE", "AV", "BOULEVARD", "BD", "PLACE", "ALLEE", "IMPASSE", "CHEMIN", "ROUTE", "QUAI", "COURS", "SQUARE",
            "ECOLE", "COLLEGE", "LYCEE", "SALLE", "GYMNASE", "STADE", "ESPACE", "CENTRE", "HOPITAL", "RESIDENCE", "FONDATION",
            "INSTITUT", "UNIVERSITE", "PRIX", "LOI", "LOIS", "AMENDEMENT", "RAPPORT", "JURISPRUDENCE", "ARRET", "PONT", "PARC",
            "JARDIN", "MEDIATHEQUE", "BIBLIOTHEQUE", "THEATRE", "MUSEE", "MAISON", "CLINIQUE", "EHPAD", "CITE", "GROUPE",
            "PASSAGE", "PROMENADE", "PARVIS", "QUARTIER", "LOTISSEMENT", "HAMEAU", "AEROPORT", "GARE", "STATION", "METRO",
            "DOMAINE", "CHATEAU", "EGLISE", "CHAPELLE", "VILLA", "CLOS", "ZONE", "SOCIETE", "ETABLISSEMENTS", "ETS",
            "PHARMACIE", "ASSOCIATION", "FONDS", "PLAN", "DISPOSITIF", "PROGRAMME", "REFORME", "PROTOCOLE", "ACCORDS",
            "ACCORD", "AMPHITHEATRE", "AMPHI", "AUDITORIUM", "PISCINE", "COMPLEXE", "CRECHE", "HALLE", "FOYER", "CAMPUS",
            "MONT", "LAC", "ILE", "PORT", "CAP", "BOIS", "FORET", "VALLEE", "TRAVERSE", "VOIE", "ESPLANADE", "MAIL", "CARREFOUR",
            "ROND-POINT", "SENTIER", "RUELLE", "FAUBOURG", "CHAUSSEE", "MONTEE", "BATIMENT", "IMMEUBLE", "TOUR", "PAVILLON",
            "AILE", "RESTAURANT", "CAFE", "HOTEL", "LABORATOIRE", "SYNDROME", "MALADIE", "THEOREME", "METHODE", "CABINET",
            "ENTREPRISE", "GROUPEMENT", "CLUB", "FESTIVAL", "TROPHEE", "CONCOURS", "MEDAILLE", "PROMOTION", "OPERATION",
            "BOURSE", "FAMILLE",
        ],
        StringComparer.Ordinal);
}
