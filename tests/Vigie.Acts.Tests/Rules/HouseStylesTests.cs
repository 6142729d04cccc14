using Vigie.Acts.Model;
using Vigie.Acts.Rules;
using Vigie.Acts.Tests.Rules.Support;

namespace Vigie.Acts.Tests.Rules;

/// <summary>Acts laid out as other house styles do: compact lists, spaced "A R R Ê T E", dates in letters, SIRH edits.</summary>
public sealed class HouseStylesTests
{
    private const string Compact = """
        Commune de Saint-Pair-sur-Mer — Arrêté n° 2026-045

        Objet : Nomination de M. Paul LEROY en qualité d'adjoint administratif stagiaire

        Visas :
        – Code général de la fonction publique, notamment ses articles L. 313-1 et L. 313-4 ;
        – Délibération du 15/01/2026 portant création de l'emploi et fixant le tableau des effectifs ;
        – Déclaration de vacance d'emploi transmise au centre de gestion de la Manche le 20/01/2026 ;

        Le Maire de Saint-Pair-sur-Mer arrête :
        Art. 1 – À compter du 01/04/2026, M. Paul LEROY est nommé en qualité d'adjoint administratif stagiaire, à temps complet.
        Art. 2 – M. Paul LEROY est classé au 1er échelon, IB 367 / IM 366.
        Art. 3 – Le présent arrêté peut faire l'objet d'un recours pour excès de pouvoir devant le tribunal administratif de Caen dans un délai de deux mois à compter de sa notification.

        Saint-Pair-sur-Mer, le 16/03/2026
        Le Maire,
        Nicolas MARTIN

        Notifié à l'agent le : ....................    Signature de l'agent :
        Ampliation : l'intéressé ; le comptable public ; le centre de gestion de la Manche.
        """;

    [Fact]
    public void Compact_ConformingNomination_HasNoAnomalyEvenWithoutFields()
    {
        var act = TestActs.Build(ActType.NominationStagiaire, Compact, f => f.Departement = "50");

        var result = RuleRunner.Checker.Check(act);

        Assert.Empty(result.Anomalies);
    }

    [Fact]
    public void Compact_PlaceDateLineWithoutFait_DatesTheAct()
    {
        var act = TestActs.Build(ActType.NominationStagiaire, Compact.Replace("À compter du 01/04/2026", "À compter du 01/03/2026", StringComparison.Ordinal), f => f.Departement = "50");

        var anomaly = Assert.Single(RuleRunner.Checker.Check(act).Anomalies);

        Assert.Equal(AnomalyCodes.DateRetroactive, anomaly.Code);
        Assert.Contains("avant sa signature le 16 mars 2026", anomaly.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compact_PlaceLineWithoutDate_IsDateSignatureAbsente()
    {
        var act = TestActs.Build(ActType.NominationStagiaire, Compact.Replace("Saint-Pair-sur-Mer, le 16/03/2026", "Saint-Pair-sur-Mer, le", StringComparison.Ordinal), f => f.Departement = "50");

        Assert.Contains(RuleRunner.Checker.Check(act).Anomalies, a => a.Code == AnomalyCodes.DateSignatureAbsente);
    }

    [Fact]
    public void GrandeVille_SpacedDecisionAndUpperCaseArticles_AreUnderstood()
    {
        var text = SampleActs.AvancementEchelonText
            .Replace("ARRÊTE", "A R R Ê T E", StringComparison.Ordinal)
            .Replace("Article ", "ARTICLE ", StringComparison.Ordinal)
            .Replace("Le Maire,\nNicolas MARTIN", "Pour le Maire et par délégation,\nL'Adjointe déléguée au personnel,\nSophie LEGRAND", StringComparison.Ordinal);
        var act = TestActs.Build(ActType.AvancementEchelon, text, f => f.Departement = "50");

        Assert.Empty(RuleRunner.Checker.Check(act).Anomalies);
        Assert.Equal(new DateOnly(2026, 3, 1), Vigie.Acts.Rules.Scanning.ActDates.Effect(act));
    }

    [Fact]
    public void DateInLetters_IsADateOfSignature()
    {
        var text = SampleActs.AvancementEchelonText.Replace("le 12 février 2026", "le douze février deux mille vingt-six", StringComparison.Ordinal);
        var act = TestActs.Build(ActType.AvancementEchelon, text, f => f.Departement = "50");

        Assert.Empty(RuleRunner.Run(AnomalyCodes.DateSignatureAbsente, act));
        Assert.Equal(new DateOnly(2026, 2, 12), Vigie.Acts.Rules.Scanning.ActDates.Signature(act));
    }

    [Fact]
    public void Bundle_ActOnTwoPages_QuotesTheRightPageAndOffsets()
    {
        var text = SampleActs.AvancementEchelonText;
        var cut = text.IndexOf("Fait à", StringComparison.Ordinal);
        var act = TestActs.Build(ActType.AvancementEchelon, text[..cut], f => f.Departement = "50", morePages: [text[cut..].Replace("Le Maire,\nNicolas MARTIN", "Le Maire,\nMARTIN", StringComparison.Ordinal)]);

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.SignataireIncomplet, act));

        Assert.Equal(2, anomaly.Evidence?.Page);
        var page = act.Segment.Document.Pages[1].Text;
        Assert.Equal(anomaly.Evidence!.Text, page[anomaly.Evidence.Start!.Value..anomaly.Evidence.End!.Value]);
    }
}
