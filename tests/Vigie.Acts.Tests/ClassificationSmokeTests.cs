using Vigie.Acts.Model;

namespace Vigie.Acts.Tests;

public sealed class ClassificationSmokeTests
{
    [Fact]
    public void Analyze_SmallCommuneAvancementEchelon_ReadsContractFields()
    {
        var act = ClassificationTestAnalyzer.Analyze("""
            COMMUNE DE SAINT-PAIR-SUR-MER
            ARRÊTÉ N° 2026-045
            portant avancement d'échelon de Madame Claire DUPONT

            Le Maire de Saint-Pair-sur-Mer,
            Vu le code général de la fonction publique ;
            Vu le décret n° 2016-596 du 12 mai 2016 ;
            Considérant que Mme DUPONT remplit les conditions ;

            ARRÊTE

            Article 1er : Madame Claire DUPONT, adjoint administratif principal de 2ème classe, est promue au 5ème échelon (IB 396 / IM 374) à compter du 1er mars 2026.
            Article 2 : Le Directeur général des services est chargé de l'exécution du présent arrêté.

            Fait à Saint-Pair-sur-Mer, le 12 février 2026
            Le Maire,
            Nicolas MARTIN

            Le présent arrêté peut faire l'objet d'un recours devant le Tribunal administratif de Caen dans un délai de deux mois.
            """);

        Assert.Equal(ActType.AvancementEchelon, act.Type);
        var f = act.Fields;
        Assert.Equal("Commune de Saint-Pair-sur-Mer", f.Collectivite);
        Assert.Equal("50", f.Departement);
        Assert.Equal("Mme", f.AgentCivilite);
        Assert.Equal("DUPONT", f.AgentNom);
        Assert.Equal("Claire", f.AgentPrenom);
        Assert.Equal("adjoint administratif principal de 2e classe", f.Grade);
        Assert.Equal(5, f.Echelon);
        Assert.Equal(396, f.IndiceBrut);
        Assert.Equal(374, f.IndiceMajore);
        Assert.Equal(new DateOnly(2026, 3, 1), f.DateEffet);
        Assert.Equal(new DateOnly(2026, 2, 12), f.DateSignature);
        Assert.Equal("Nicolas MARTIN, Maire", f.Signataire);
        Assert.Null(f.BaseLegale);
        Assert.True(f.SignataireEstAutorite);
        Assert.Equal("Caen", f.TribunalMentionne);
        Assert.Equal(2, f.DelaiRecoursMois);
        Assert.Equal("2026-045", f.NumeroActe);
    }
}
