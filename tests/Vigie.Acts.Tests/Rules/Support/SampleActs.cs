using Vigie.Acts.Model;

namespace Vigie.Acts.Tests.Rules.Support;

/// <summary>
/// Conforming acts written like the CDG models (one per type the rules check), with the fields the extraction would
/// fill. Tests edit one passage or one field to make one anomaly appear.
/// </summary>
internal static class SampleActs
{
    public const string AvancementEchelonText = """
        COMMUNE DE SAINT-PAIR-SUR-MER
        Arrêté n° 2026-045 portant avancement d'échelon

        Le Maire de la commune de Saint-Pair-sur-Mer,

        Vu le code général de la fonction publique, notamment ses articles L. 522-1 à L. 522-4 ;
        Vu le décret n° 2016-596 du 12 mai 2016 relatif à l'organisation des carrières des fonctionnaires de catégorie C de la fonction publique territoriale ;
        Vu le décret n° 2016-604 du 12 mai 2016 fixant les différentes échelles de rémunération pour les fonctionnaires de catégorie C ;
        Vu l'arrêté du 1er mars 2025 classant Mme Claire DUPONT, adjoint administratif principal de 2e classe, au 4e échelon ;

        ARRÊTE

        Article 1 : Mme Claire DUPONT, adjoint administratif principal de 2e classe, est promue au 5e échelon à compter du 1er mars 2026 (IB 396, IM 374).
        Article 2 : Le Directeur général des services est chargé de l'exécution du présent arrêté, qui sera notifié à l'intéressée.
        Article 3 : Le présent arrêté peut faire l'objet d'un recours contentieux devant le tribunal administratif de Caen dans un délai de deux mois à compter de sa notification.

        Fait à Saint-Pair-sur-Mer, le 12 février 2026

        Le Maire,
        Nicolas MARTIN

        Notifié à l'agent le :
        """;

    public const string NominationStagiaireText = """
        COMMUNE DE SAINT-PAIR-SUR-MER
        Arrêté n° 2026-050 portant nomination stagiaire

        Le Maire de Saint-Pair-sur-Mer,

        Vu le code général de la fonction publique ;
        Vu le décret n° 2006-1690 du 22 décembre 2006 portant statut particulier du cadre d'emplois des adjoints administratifs territoriaux ;
        Vu la délibération du conseil municipal du 15 janvier 2026 créant un emploi permanent à temps complet ;
        Vu la déclaration de vacance d'emploi n° V05026010001 transmise au centre de gestion de la Manche le 20 janvier 2026 ;

        ARRÊTE

        Article 1 : M. Paul LEROY est nommé adjoint administratif stagiaire à compter du 1er avril 2026, pour une durée d'un an.
        Article 2 : Il est classé au 1er échelon (IB 367, IM 366).
        Article 3 : Le présent arrêté peut faire l'objet d'un recours contentieux devant le tribunal administratif de Caen dans un délai de deux mois à compter de sa notification.

        Fait à Saint-Pair-sur-Mer, le 16 mars 2026

        Le Maire,
        Nicolas MARTIN
        """;

    public const string ContratText = """
        COMMUNE DE SAINT-PAIR-SUR-MER
        Contrat de recrutement d'un agent contractuel pour accroissement temporaire d'activité

        Entre la commune de Saint-Pair-sur-Mer, représentée par son Maire, M. Nicolas MARTIN,
        et Mme Julie BERNARD, demeurant 12 rue des Lilas, 50380 Saint-Pair-sur-Mer,

        Vu le code général de la fonction publique, notamment son article L. 332-23 1° ;
        Vu la délibération du 15 janvier 2026 créant un emploi non permanent ;

        Il a été convenu ce qui suit :

        Article 1 : Mme Julie BERNARD est recrutée en qualité d'agent contractuel pour exercer les fonctions d'agent d'accueil, emploi de catégorie C, du 1er avril 2026 au 30 septembre 2026, pour faire face à un accroissement temporaire d'activité.
        Article 2 : L'agent exercera ses fonctions à la mairie de Saint-Pair-sur-Mer, à temps complet (35 heures hebdomadaires).
        Article 3 : L'agent percevra une rémunération calculée sur la base de l'indice brut 367, indice majoré 366.
        Article 4 : L'agent est soumis à une période d'essai de 15 jours.
        Article 5 : Le présent contrat peut faire l'objet d'un recours devant le tribunal administratif de Caen dans un délai de deux mois à compter de sa notification.

        Fait à Saint-Pair-sur-Mer, le 20 mars 2026, en deux exemplaires.

        L'agent,                      Le Maire,
        Julie BERNARD                 Nicolas MARTIN
        """;

    public const string DisponibiliteText = """
        COMMUNE DE SAINT-PAIR-SUR-MER
        Arrêté n° 2026-060 portant mise en disponibilité pour convenances personnelles

        Le Maire de Saint-Pair-sur-Mer,

        Vu le code général de la fonction publique, notamment ses articles L. 514-1 et suivants ;
        Vu le décret n° 86-68 du 13 janvier 1986 relatif aux positions de détachement, de disponibilité et de congé parental ;
        Vu la demande de M. Marc PETIT en date du 2 février 2026 ;

        ARRÊTE

        Article 1 : M. Marc PETIT, adjoint technique, est placé en disponibilité pour convenances personnelles du 1er avril 2026 au 31 mars 2029.
        Article 2 : Le présent arrêté peut faire l'objet d'un recours contentieux devant le tribunal administratif de Caen dans un délai de deux mois à compter de sa notification.

        Fait à Saint-Pair-sur-Mer, le 10 mars 2026

        Le Maire,
        Nicolas MARTIN
        """;

    public static AnalyzedAct AvancementEchelon(Func<string, string>? edit = null, Action<ActFields>? fields = null, double? ocr = null) =>
        TestActs.Build(ActType.AvancementEchelon, edit?.Invoke(AvancementEchelonText) ?? AvancementEchelonText, f =>
        {
            f.Collectivite = "Commune de Saint-Pair-sur-Mer";
            f.Departement = "50";
            f.AgentCivilite = "Mme";
            f.AgentNom = "DUPONT";
            f.AgentPrenom = "Claire";
            f.Grade = "adjoint administratif principal de 2e classe";
            f.Echelon = 5;
            f.IndiceBrut = 396;
            f.IndiceMajore = 374;
            f.DateEffet = new DateOnly(2026, 3, 1);
            f.DateSignature = new DateOnly(2026, 2, 12);
            f.Signataire = "Nicolas MARTIN, Maire";
            fields?.Invoke(f);
        }, ocrConfidence: ocr);

    public static AnalyzedAct NominationStagiaire(Func<string, string>? edit = null, Action<ActFields>? fields = null) =>
        TestActs.Build(ActType.NominationStagiaire, edit?.Invoke(NominationStagiaireText) ?? NominationStagiaireText, f =>
        {
            f.Departement = "50";
            f.AgentCivilite = "M.";
            f.AgentNom = "LEROY";
            f.AgentPrenom = "Paul";
            f.Grade = "adjoint administratif";
            f.Echelon = 1;
            f.IndiceBrut = 367;
            f.IndiceMajore = 366;
            f.DateEffet = new DateOnly(2026, 4, 1);
            f.DateSignature = new DateOnly(2026, 3, 16);
            f.Signataire = "Nicolas MARTIN, Maire";
            fields?.Invoke(f);
        });

    public static AnalyzedAct Contrat(Func<string, string>? edit = null, Action<ActFields>? fields = null) =>
        TestActs.Build(ActType.Contrat, edit?.Invoke(ContratText) ?? ContratText, f =>
        {
            f.Departement = "50";
            f.AgentCivilite = "Mme";
            f.AgentNom = "BERNARD";
            f.AgentPrenom = "Julie";
            f.IndiceBrut = 367;
            f.IndiceMajore = 366;
            f.DateEffet = new DateOnly(2026, 4, 1);
            f.DateDebut = new DateOnly(2026, 4, 1);
            f.DateFin = new DateOnly(2026, 9, 30);
            f.DateSignature = new DateOnly(2026, 3, 20);
            f.Signataire = "Nicolas MARTIN, Maire";
            f.BaseLegale = "L332-23 1°";
            f.Categorie = "C";
            fields?.Invoke(f);
        });

    public static AnalyzedAct Disponibilite(Func<string, string>? edit = null, Action<ActFields>? fields = null) =>
        TestActs.Build(ActType.Disponibilite, edit?.Invoke(DisponibiliteText) ?? DisponibiliteText, f =>
        {
            f.Departement = "50";
            f.AgentCivilite = "M.";
            f.AgentNom = "PETIT";
            f.AgentPrenom = "Marc";
            f.Grade = "adjoint technique";
            f.DateEffet = new DateOnly(2026, 4, 1);
            f.DateDebut = new DateOnly(2026, 4, 1);
            f.DateFin = new DateOnly(2029, 3, 31);
            f.DateSignature = new DateOnly(2026, 3, 10);
            f.Signataire = "Nicolas MARTIN, Maire";
            f.Motif = "convenances personnelles";
            f.Nature = "placement";
            fields?.Invoke(f);
        });

    /// <summary>A generic act of the given type: the avancement d'échelon text with its fields, typed otherwise.</summary>
    public static AnalyzedAct Generic(ActType type, string text, Action<ActFields>? fields = null, double? ocr = null) =>
        TestActs.Build(type, text, f =>
        {
            f.Departement = "50";
            f.DateSignature = new DateOnly(2026, 2, 12);
            f.DateEffet = new DateOnly(2026, 3, 1);
            f.Signataire = "Nicolas MARTIN, Maire";
            fields?.Invoke(f);
        }, ocrConfidence: ocr);
}
