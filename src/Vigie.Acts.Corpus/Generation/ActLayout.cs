using System.Globalization;
using Vigie.Acts.Corpus.Referentiels;

namespace Vigie.Acts.Corpus.Generation;

/// <summary>Lays the words of an act out as blocks, in the act's house style.</summary>
public sealed class ActLayout
{
    public (IReadOnlyList<Block> Blocks, string? RunningHeader) Layout(Random random, ActScenario scenario, ActContent content)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(content);
        var blocks = new List<Block>();
        string? running = null;
        switch (scenario.Style)
        {
            case HouseStyle.CommuneClassique:
                Classique(random, scenario, content, blocks);
                break;
            case HouseStyle.GrandeVilleDelegation:
                running = GrandeVille(random, scenario, content, blocks);
                break;
            case HouseStyle.EtablissementPresident:
                President(random, scenario, content, blocks);
                break;
            case HouseStyle.SirhExport:
                Sirh(random, scenario, content, blocks);
                break;
            default:
                Compact(random, scenario, content, blocks);
                break;
        }

        return (blocks, running);
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Upper(string text) => text.ToUpper(CultureInfo.GetCultureInfo("fr-FR"));

    private static List<string> Articles(ActContent content)
    {
        var articles = new List<string>(content.Articles);
        if (content.Recours is not null && content.RecoursAsArticle)
        {
            articles.Add(content.Recours);
        }

        return articles;
    }

    private static void Visas(List<Block> blocks, ActContent content, string vu, string end)
    {
        foreach (var visa in content.Visas)
        {
            var text = vu == "VU" && visa.StartsWith("Vu ", StringComparison.Ordinal) ? "VU " + visa[3..] : visa;
            blocks.Add(new Block(BlockKind.Paragraph, text + end));
        }

        foreach (var considerant in content.Considerants)
        {
            var text = vu == "VU" && considerant.StartsWith("Considérant", StringComparison.Ordinal) ? "CONSIDÉRANT" + considerant["Considérant".Length..] : considerant;
            blocks.Add(new Block(BlockKind.Paragraph, text + end));
        }
    }

    private static void SignatureBlock(List<Block> blocks, ActContent content, string? faitA)
    {
        blocks.Add(Block.Spacer);
        if (faitA is not null)
        {
            blocks.Add(new Block(BlockKind.Signature, faitA));
        }

        if (content.DelegationLine is not null)
        {
            blocks.Add(new Block(BlockKind.Signature, content.DelegationLine + ","));
        }

        if (content.QualiteLine is not null)
        {
            blocks.Add(new Block(BlockKind.Signature, content.QualiteLine + ","));
        }

        if (content.SignatoryName is not null)
        {
            blocks.Add(new Block(BlockKind.Signature, content.SignatoryName, Bold: true));
        }
    }

    private static string FaitA(ActContent content, bool withFait = true)
    {
        var place = withFait ? "Fait " + FrenchGrammar.A(content.Lieu) : content.Lieu;
        return content.DateSignatureText is null ? $"{place}, le" : $"{place}, le {content.DateSignatureText}";
    }

    private static void Footer(List<Block> blocks, ActContent content, bool recoursFirst)
    {
        blocks.Add(Block.Spacer);
        if (recoursFirst && content.Recours is not null && !content.RecoursAsArticle)
        {
            blocks.Add(new Block(BlockKind.Small, content.Recours));
        }

        foreach (var line in content.Footer)
        {
            blocks.Add(new Block(BlockKind.Small, line));
        }

        if (!recoursFirst && content.Recours is not null && !content.RecoursAsArticle)
        {
            blocks.Add(new Block(BlockKind.Small, content.Recours));
        }
    }

    private static void Classique(Random random, ActScenario s, ActContent content, List<Block> blocks)
    {
        blocks.Add(new Block(BlockKind.Header, Upper(s.Collectivite.Nom), Bold: true));
        if (random.Chance(0.5))
        {
            blocks.Add(new Block(BlockKind.Header, "Département " + s.Collectivite.Departement.DeNom));
        }

        blocks.Add(Block.Spacer);
        blocks.Add(new Block(BlockKind.Title, content.IsContract ? $"{content.Title} {Upper(content.Numero)}" : $"ARRÊTÉ {Upper(content.Numero)}", Bold: true));
        blocks.Add(new Block(BlockKind.Centered, Capitalize(content.Objet)));
        blocks.Add(Block.Spacer);
        blocks.Add(new Block(BlockKind.Paragraph, content.Autorite + ","));
        blocks.Add(Block.Spacer);
        Visas(blocks, content, "Vu", " ;");
        blocks.Add(Block.Spacer);
        blocks.Add(new Block(BlockKind.Title, content.Decision + " :", Bold: true));
        blocks.Add(Block.Spacer);
        var articles = Articles(content);
        for (var i = 0; i < articles.Count; i++)
        {
            blocks.Add(new Block(BlockKind.Paragraph, $"Article {(i == 0 ? "1er" : (i + 1).ToString(CultureInfo.InvariantCulture))} : {articles[i]}"));
        }

        SignatureBlock(blocks, content, FaitA(content));
        Footer(blocks, content, recoursFirst: random.Chance(0.5));
    }

    private static string GrandeVille(Random random, ActScenario s, ActContent content, List<Block> blocks)
    {
        var reference = $"ARR-RH-{s.Numero}";
        blocks.Add(new Block(BlockKind.Header, Upper(s.Collectivite.Nom), Bold: true));
        blocks.Add(new Block(BlockKind.Header, "Direction des ressources humaines"));
        blocks.Add(new Block(BlockKind.Header, random.Pick(["Service gestion des carrières", "Service carrières et paie", "Pôle statut et rémunération"])));
        blocks.Add(new Block(BlockKind.Header, $"Réf. : DRH/{random.Pick(["GC", "CP", "SR"])}/{s.Numero}"));
        blocks.Add(Block.Spacer);
        blocks.Add(new Block(BlockKind.Title, content.IsContract ? content.Title : "ARRÊTÉ MUNICIPAL", Bold: true));
        blocks.Add(new Block(BlockKind.Centered, $"N° {reference}"));
        blocks.Add(Block.Spacer);
        blocks.Add(new Block(BlockKind.Paragraph, $"Objet : {(content.IsContract ? "Contrat portant " : "Arrêté ")}{content.Objet}", Bold: true));
        blocks.Add(Block.Spacer);
        blocks.Add(new Block(BlockKind.Paragraph, content.Autorite + ","));
        Visas(blocks, content, "VU", ",");
        blocks.Add(Block.Spacer);
        blocks.Add(new Block(BlockKind.Title, content.Decision == "ARRÊTE" ? "A R R Ê T E" : "D É C I D E", Bold: true));
        blocks.Add(Block.Spacer);
        var articles = Articles(content);
        for (var i = 0; i < articles.Count; i++)
        {
            blocks.Add(new Block(BlockKind.Paragraph, $"ARTICLE {i + 1} – {articles[i]}"));
        }

        SignatureBlock(blocks, content, FaitA(content));
        Footer(blocks, content, recoursFirst: true);
        return $"{s.Collectivite.Nom} – Arrêté n° {reference}";
    }

    private static void President(Random random, ActScenario s, ActContent content, List<Block> blocks)
    {
        blocks.Add(new Block(BlockKind.Header, Upper(s.Collectivite.Nom), Bold: true));
        if (s.Collectivite.Kind == CollectiviteKind.Departement)
        {
            blocks.Add(new Block(BlockKind.Header, "Direction générale adjointe des ressources"));
        }

        blocks.Add(Block.Spacer);
        var title = content.IsContract ? content.Title : (s.Signatory.Qualite.StartsWith("Présidente", StringComparison.Ordinal) ? "ARRÊTÉ DE LA PRÉSIDENTE" : "ARRÊTÉ DU PRÉSIDENT");
        blocks.Add(new Block(BlockKind.Title, title, Bold: true));
        blocks.Add(new Block(BlockKind.Centered, Capitalize(content.Numero)));
        blocks.Add(new Block(BlockKind.Centered, "Objet : " + Capitalize(content.Objet)));
        blocks.Add(Block.Spacer);
        blocks.Add(new Block(BlockKind.Paragraph, content.Autorite + ","));
        blocks.Add(Block.Spacer);
        Visas(blocks, content, "Vu", ",");
        blocks.Add(Block.Spacer);
        blocks.Add(new Block(BlockKind.Title, content.Decision, Bold: true));
        blocks.Add(Block.Spacer);
        var articles = Articles(content);
        for (var i = 0; i < articles.Count; i++)
        {
            var heading = i == 0 ? "Article premier" : $"Article {i + 1}";
            blocks.Add(new Block(BlockKind.Paragraph, $"{heading} – {articles[i]}"));
        }

        SignatureBlock(blocks, content, FaitA(content));
        Footer(blocks, content, recoursFirst: random.Chance(0.7));
    }

    private static void Sirh(Random random, ActScenario s, ActContent content, List<Block> blocks)
    {
        var f = content.Fields;
        blocks.Add(new Block(BlockKind.Header, $"{Upper(s.Collectivite.Nom)} – Gestion des ressources humaines", Bold: true));
        blocks.Add(new Block(BlockKind.Header, $"Édition SIRH – acte {content.Numero}"));
        blocks.Add(Block.Spacer);
        blocks.Add(new Block(BlockKind.Title, content.IsContract ? content.Title : "DÉCISION INDIVIDUELLE – ARRÊTÉ", Bold: true));
        blocks.Add(Block.Spacer);
        blocks.Add(new Block(BlockKind.KeyValue, "Type d'acte", Value: content.TypeLabel));
        blocks.Add(new Block(BlockKind.KeyValue, "N° d'acte", Value: s.Numero));
        blocks.Add(new Block(BlockKind.KeyValue, "Matricule", Value: random.Next(100, 99999).ToString("000000", CultureInfo.InvariantCulture)));
        blocks.Add(new Block(BlockKind.KeyValue, "Civilité", Value: random.Chance(0.5) ? s.Agent.Civilite : (s.Agent.Feminine ? "Madame" : "Monsieur")));
        blocks.Add(new Block(BlockKind.KeyValue, "Nom", Value: s.Agent.Nom));
        blocks.Add(new Block(BlockKind.KeyValue, "Prénom", Value: s.Agent.Prenom));
        if (f.Grade is not null)
        {
            var grade = Capitalize(f.Grade);
            if (random.Chance(0.3))
            {
                grade = grade.Replace("2e classe", "2ème classe", StringComparison.Ordinal).Replace("1re classe", "1ère classe", StringComparison.Ordinal);
            }

            blocks.Add(new Block(BlockKind.KeyValue, "Grade", Value: grade));
        }

        if (f.Echelon is not null)
        {
            blocks.Add(new Block(BlockKind.KeyValue, "Échelon", Value: f.Echelon.Value.ToString(CultureInfo.InvariantCulture)));
        }

        if (f.IndiceBrut is not null)
        {
            blocks.Add(new Block(BlockKind.KeyValue, "Indice brut", Value: f.IndiceBrut.Value.ToString(CultureInfo.InvariantCulture)));
        }

        if (f.IndiceMajore is not null)
        {
            blocks.Add(new Block(BlockKind.KeyValue, "Indice majoré", Value: f.IndiceMajore.Value.ToString(CultureInfo.InvariantCulture)));
        }

        if (f.DateEffet is not null)
        {
            blocks.Add(new Block(BlockKind.KeyValue, "Date d'effet", Value: FrenchDates.Write(DateOnly.Parse(f.DateEffet, CultureInfo.InvariantCulture), DateWriting.Digits)));
        }

        if (f.BaseLegale is not null)
        {
            blocks.Add(new Block(BlockKind.KeyValue, "Fondement", Value: $"article L. {f.BaseLegale[1..]} du CGFP"));
        }

        blocks.Add(Block.Spacer);
        blocks.Add(new Block(BlockKind.Paragraph, content.Autorite + ","));
        Visas(blocks, content, "Vu", " ;");
        blocks.Add(new Block(BlockKind.Title, content.Decision, Bold: true));
        var articles = Articles(content);
        for (var i = 0; i < articles.Count; i++)
        {
            blocks.Add(new Block(BlockKind.Paragraph, $"Article {i + 1} : {articles[i]}"));
        }

        SignatureBlock(blocks, content, FaitA(content));
        Footer(blocks, content, recoursFirst: true);
        blocks.Add(new Block(BlockKind.Small, "Document édité par le système d'information des ressources humaines."));
    }

    private static void Compact(Random random, ActScenario s, ActContent content, List<Block> blocks)
    {
        var kind = content.IsContract ? Capitalize(content.Title.ToLower(CultureInfo.GetCultureInfo("fr-FR"))) : "Arrêté";
        blocks.Add(new Block(BlockKind.Header, $"{s.Collectivite.Nom} — {kind} {content.Numero}", Bold: true));
        blocks.Add(Block.Spacer);
        blocks.Add(new Block(BlockKind.Paragraph, "Objet : " + Capitalize(content.Objet.StartsWith("portant ", StringComparison.Ordinal) ? content.Objet[8..] : content.Objet), Bold: true));
        blocks.Add(Block.Spacer);
        blocks.Add(new Block(BlockKind.Paragraph, "Visas :"));
        foreach (var visa in content.Visas)
        {
            blocks.Add(new Block(BlockKind.Paragraph, "– " + StripVu(visa) + " ;"));
        }

        if (content.Considerants.Count > 0)
        {
            blocks.Add(new Block(BlockKind.Paragraph, "Motifs :"));
            foreach (var considerant in content.Considerants)
            {
                blocks.Add(new Block(BlockKind.Paragraph, "– " + considerant + " ;"));
            }
        }

        blocks.Add(Block.Spacer);
        var autorite = content.Autorite.StartsWith("Le ", StringComparison.Ordinal) ? content.Autorite : content.Autorite;
        blocks.Add(new Block(BlockKind.Paragraph, $"{autorite} {(content.Decision == "ARRÊTE" ? "arrête" : "décide")} :", Bold: true));
        var articles = Articles(content);
        for (var i = 0; i < articles.Count; i++)
        {
            blocks.Add(new Block(BlockKind.Paragraph, $"Art. {i + 1} – {articles[i]}"));
        }

        SignatureBlock(blocks, content, FaitA(content, withFait: random.Chance(0.4)));
        Footer(blocks, content, recoursFirst: false);
    }

    /// <summary>"Vu le code général…" → "Code général…" (the compact style lists visas without "Vu").</summary>
    internal static string StripVu(string visa)
    {
        string[] openings = ["Vu le ", "Vu la ", "Vu les ", "Vu l'"];
        foreach (var opening in openings)
        {
            if (visa.StartsWith(opening, StringComparison.Ordinal))
            {
                return Capitalize(visa[opening.Length..]);
            }
        }

        return visa;
    }
}
