using Vigie.Acts.Model;
using Vigie.Acts.Rules;
using Vigie.Acts.Tests.Rules.Support;

namespace Vigie.Acts.Tests.Rules;

public sealed class VisaRulesTests
{
    private const string CgfpVisa = "Vu le code général de la fonction publique, notamment ses articles L. 522-1 à L. 522-4 ;";
    private const string Loi8453 = "Vu la loi n° 84-53 du 26 janvier 1984 modifiée portant dispositions statutaires relatives à la fonction publique territoriale ;";

    [Fact]
    public void VisaObsolete_Loi8453SignedOnTheFirstDayOfTheCgfp_Fires()
    {
        var act = SampleActs.AvancementEchelon(
            t => TestActs.Replace(t, CgfpVisa, CgfpVisa + "\n" + Loi8453),
            f => f.DateSignature = new DateOnly(2022, 3, 1));

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.VisaObsolete, act));

        Assert.Equal(Severity.Mineure, anomaly.Severity);
        Assert.Equal("ord. 2021-1574; décr. 2025-695", anomaly.LegalBasis);
        Assert.Contains("1er mars 2022", anomaly.Message, StringComparison.Ordinal);
        Assert.Contains("code général de la fonction publique", anomaly.Message, StringComparison.Ordinal);
        Assert.Equal("loi n° 84-53 du 26 janvier 1984", anomaly.Evidence?.Text);
    }

    [Fact]
    public void VisaObsolete_Loi8453SignedTheDayBefore_DoesNotFire()
    {
        var act = SampleActs.AvancementEchelon(
            t => TestActs.Replace(t, CgfpVisa, Loi8453),
            f => f.DateSignature = new DateOnly(2022, 2, 28));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.VisaObsolete, act));
    }

    [Theory]
    [InlineData("Vu la loi n° 83-634 du 13 juillet 1983 portant droits et obligations des fonctionnaires ;", "2022-03-01", true)]
    [InlineData("Vu l'avis du comité technique du 3 mars 2022 ;", "2023-01-01", true)]
    [InlineData("Vu l'avis du comité technique du 3 mars 2022 ;", "2022-12-31", false)]
    [InlineData("Vu le décret n° 92-1194 du 4 novembre 1992 fixant les dispositions communes applicables aux fonctionnaires stagiaires ;", "2025-10-01", true)]
    [InlineData("Vu le décret n° 92-1194 du 4 novembre 1992 fixant les dispositions communes applicables aux fonctionnaires stagiaires ;", "2025-09-30", false)]
    [InlineData("Vu le décret n° 2019-1414 du 19 décembre 2019 relatif à la procédure de recrutement ;", "2025-10-01", true)]
    [InlineData("Vu le décret n° 88-145 du 15 février 1988 relatif aux agents non titulaires ;", "2024-05-02", true)]
    [InlineData("Vu le décret n° 88-145 du 15 février 1988 relatif aux agents contractuels ;", "2026-05-02", false)]
    public void VisaObsolete_TextAtTheActsDate_FiresOnlyFromItsRepeal(string visa, string signed, bool expected)
    {
        var act = SampleActs.AvancementEchelon(
            t => TestActs.Replace(t, CgfpVisa, CgfpVisa + "\n" + visa),
            f => f.DateSignature = DateOnly.Parse(signed, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, RuleRunner.Run(AnomalyCodes.VisaObsolete, act).Count == 1);
    }

    [Fact]
    public void VisaObsolete_NoDateAtAll_DoesNotGuess()
    {
        var act = SampleActs.AvancementEchelon(
            t => TestActs.Replace(TestActs.Replace(t, CgfpVisa, Loi8453), "Fait à Saint-Pair-sur-Mer, le 12 février 2026", string.Empty)
                .Replace("à compter du 1er mars 2026", string.Empty, StringComparison.Ordinal),
            f =>
            {
                f.DateSignature = null;
                f.DateEffet = null;
            });

        Assert.Empty(RuleRunner.Run(AnomalyCodes.VisaObsolete, act));
    }

    private const string CapVisa = "Vu l'avis de la commission administrative paritaire en date du 20 janvier 2021 ;";

    [Fact]
    public void VisaCapObsolete_AvancementFrom2021_Fires()
    {
        var act = SampleActs.AvancementEchelon(
            t => TestActs.Replace(t, CgfpVisa, CgfpVisa + "\n" + CapVisa),
            f => f.DateSignature = new DateOnly(2021, 1, 1));

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.VisaCapObsolete, act));

        Assert.Equal(Severity.Mineure, anomaly.Severity);
        Assert.Equal("loi 2019-828; décr. 2019-1265", anomaly.LegalBasis);
        Assert.Contains("avis de la commission administrative paritaire", anomaly.Evidence?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void VisaCapObsolete_SignedIn2020_DoesNotFire()
    {
        var act = SampleActs.AvancementEchelon(
            t => TestActs.Replace(t, CgfpVisa, CgfpVisa + "\n" + CapVisa),
            f => f.DateSignature = new DateOnly(2020, 12, 31));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.VisaCapObsolete, act));
    }

    [Fact]
    public void VisaCapObsolete_RefusDeTitularisationStillGoesToTheCap_DoesNotFire()
    {
        var act = SampleActs.Generic(ActType.Titularisation, SampleActs.AvancementEchelonText.Replace(CgfpVisa, CgfpVisa + "\n" + CapVisa, StringComparison.Ordinal));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.VisaCapObsolete, act));
    }

    [Fact]
    public void VisaCapObsolete_TheDiplomaCap_IsNotTheCommission()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, CgfpVisa, CgfpVisa + "\nVu le CAP de cuisine obtenu par l'intéressée ;"));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.VisaCapObsolete, act));
    }

    private const string Dve = "Vu la déclaration de vacance d'emploi n° V05026010001 transmise au centre de gestion de la Manche le 20 janvier 2026 ;";
    private const string Deliberation = "Vu la délibération du conseil municipal du 15 janvier 2026 créant un emploi permanent à temps complet ;";

    [Fact]
    public void VisaPrealableAbsent_NominationWithoutDve_FiresNamingIt()
    {
        var act = SampleActs.NominationStagiaire(t => TestActs.Replace(t, Dve, string.Empty));

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.VisaPrealableAbsent, act));

        Assert.Equal(Severity.Majeure, anomaly.Severity);
        Assert.Contains("déclaration de vacance", anomaly.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("délibération", anomaly.Message, StringComparison.Ordinal);
        Assert.StartsWith("Vu le code général", anomaly.Evidence?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void VisaPrealableAbsent_NominationWithoutDeliberation_Fires()
    {
        var act = SampleActs.NominationStagiaire(t => TestActs.Replace(t, Deliberation, string.Empty));

        Assert.Contains("délibération", Assert.Single(RuleRunner.Run(AnomalyCodes.VisaPrealableAbsent, act)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VisaPrealableAbsent_ConcoursGradeWithoutListeAptitude_Fires()
    {
        var act = SampleActs.NominationStagiaire(fields: f => f.Grade = "rédacteur");

        Assert.Contains("liste d'aptitude", Assert.Single(RuleRunner.Run(AnomalyCodes.VisaPrealableAbsent, act)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VisaPrealableAbsent_GradeOpenWithoutConcours_NeedsNoListeAptitude()
    {
        var act = SampleActs.NominationStagiaire(fields: f => f.Grade = "adjoint technique");

        Assert.Empty(RuleRunner.Run(AnomalyCodes.VisaPrealableAbsent, act));
    }

    [Fact]
    public void VisaPrealableAbsent_UnknownGrade_NotesTheCheckItCouldNotMake()
    {
        var act = SampleActs.NominationStagiaire(fields: f => f.Grade = null);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.VisaPrealableAbsent, act));
        Assert.Contains(act.AnalysisNotes, n => n.Contains("liste d'aptitude", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("L332-14", true)]
    [InlineData("L332-8 2°", true)]
    [InlineData("L332-23 1°", false)]
    public void VisaPrealableAbsent_ContractWithoutDve_FiresOnlyOnTheBasesThatNeedIt(string basis, bool expected)
    {
        var article = "L. " + basis[1..];
        var act = SampleActs.Contrat(t => TestActs.Replace(t, "L. 332-23 1°", article), f => f.BaseLegale = basis);

        Assert.Equal(expected, RuleRunner.Run(AnomalyCodes.VisaPrealableAbsent, act).Count == 1);
    }

    [Fact]
    public void VisaPrealableAbsent_AvancementGradeWithoutTableau_Fires()
    {
        var withTableau = SampleActs.Generic(ActType.AvancementGrade, SampleActs.AvancementEchelonText.Replace(CgfpVisa, CgfpVisa + "\nVu le tableau annuel d'avancement de grade établi au titre de l'année 2026 ;", StringComparison.Ordinal));
        var without = SampleActs.Generic(ActType.AvancementGrade, SampleActs.AvancementEchelonText);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.VisaPrealableAbsent, withTableau));
        Assert.Contains("tableau annuel d'avancement", Assert.Single(RuleRunner.Run(AnomalyCodes.VisaPrealableAbsent, without)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VisaPrealableAbsent_PromotionInterneWithoutListe_Fires()
    {
        var act = SampleActs.Generic(ActType.PromotionInterne, SampleActs.AvancementEchelonText);

        Assert.Contains("liste d'aptitude", Assert.Single(RuleRunner.Run(AnomalyCodes.VisaPrealableAbsent, act)).Message, StringComparison.Ordinal);
    }

    private const string Refus = "Article 1 : La demande d'autorisation d'exercer ses fonctions à temps partiel présentée par Mme Claire DUPONT est refusée.";
    private const string Article1 = "Article 1 : Mme Claire DUPONT, adjoint administratif principal de 2e classe, est promue au 5e échelon à compter du 1er mars 2026 (IB 396, IM 374).";

    [Fact]
    public void MotivationAbsente_RefusalWithoutConsiderant_Fires()
    {
        var act = SampleActs.Generic(ActType.TempsPartiel, SampleActs.AvancementEchelonText.Replace(Article1, Refus, StringComparison.Ordinal));

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.MotivationAbsente, act));

        Assert.Equal(Severity.Bloquante, anomaly.Severity);
        Assert.Equal("CRPA L. 211-2, L. 211-5", anomaly.LegalBasis);
        Assert.Contains("est refusée", anomaly.Evidence?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void MotivationAbsente_RefusalWithConsiderant_DoesNotFire()
    {
        var text = SampleActs.AvancementEchelonText
            .Replace(Article1, Refus, StringComparison.Ordinal)
            .Replace("\nARRÊTE", "Considérant que l'intéressée occupe seule le poste d'accueil et qu'aucun remplacement partiel ne peut être organisé ;\n\nARRÊTE", StringComparison.Ordinal);
        var act = SampleActs.Generic(ActType.TempsPartiel, text);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.MotivationAbsente, act));
    }

    [Fact]
    public void MotivationAbsente_ProrogationIsUnfavourable_FiresWithoutConsiderant()
    {
        var text = SampleActs.AvancementEchelonText.Replace(Article1, "Article 1 : Le stage de Mme Claire DUPONT est prorogé pour une durée de six mois à compter du 1er mars 2026.", StringComparison.Ordinal);

        Assert.Single(RuleRunner.Run(AnomalyCodes.MotivationAbsente, SampleActs.Generic(ActType.ProrogationStage, text)));
    }

    [Fact]
    public void MotivationAbsente_FavourableDecision_DoesNotFire()
    {
        Assert.Empty(RuleRunner.Run(AnomalyCodes.MotivationAbsente, SampleActs.AvancementEchelon()));
    }

    [Fact]
    public void MotivationAbsente_ContractClauseOnLicenciement_IsNotADecision()
    {
        var act = SampleActs.Contrat(t => TestActs.Replace(t, "Article 4 :", "Article 4 : En cas de licenciement, l'agent perçoit l'indemnité prévue par les textes. Article 4 bis :"));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.MotivationAbsente, act));
    }
}
