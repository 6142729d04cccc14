using Vigie.Acts.Corpus.Labels;
using Vigie.Acts.Corpus.Referentiels;

namespace Vigie.Acts.Corpus.Generation;

/// <summary>Documents that are not acts (an agent's letter, an invoice, a meeting note, a blank page), for the corpus.</summary>
public sealed class NonActWriter(CorpusReferentiels referentiels)
{
    private static readonly System.Globalization.CultureInfo French = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Kinds written: "courrier", "facture", "note", "page_blanche".</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["courrier", "facture", "note", "page_blanche"];

    public LaidOutAct Write(Random random, string kind)
    {
        ArgumentNullException.ThrowIfNull(random);
        var commune = random.Pick(referentiels.Communes.Communes);
        var person = referentiels.Names.Pick(random);
        var date = random.Between(new DateOnly(2024, 2, 1), new DateOnly(2026, 2, 15));
        var blocks = new List<Block>();
        switch (kind)
        {
            case "courrier":
                blocks.Add(new Block(BlockKind.Header, person.PrenomNom));
                blocks.Add(new Block(BlockKind.Header, $"{random.Next(1, 80)} rue des {random.Pick(["Lilas", "Écoles", "Tilleuls", "Moulins"])}"));
                blocks.Add(new Block(BlockKind.Header, commune.Nom));
                blocks.Add(Block.Spacer);
                blocks.Add(new Block(BlockKind.Signature, $"À l'attention de Monsieur le Maire {FrenchGrammar.De(commune.Nom)}"));
                blocks.Add(new Block(BlockKind.Signature, $"{commune.Nom}, le {FrenchDates.Write(date, DateWriting.MonthInLetters)}"));
                blocks.Add(Block.Spacer);
                blocks.Add(new Block(BlockKind.Paragraph, "Objet : demande d'exercice des fonctions à temps partiel", Bold: true));
                blocks.Add(Block.Spacer);
                blocks.Add(new Block(BlockKind.Paragraph, "Monsieur le Maire,"));
                blocks.Add(new Block(BlockKind.Paragraph, $"J'ai l'honneur de solliciter l'autorisation d'exercer mes fonctions à temps partiel à {random.Pick([50, 80, 90])} % à compter du {FrenchDates.Write(date.AddMonths(2), DateWriting.MonthInLetters)}, pour une durée d'un an, afin de m'occuper de mes enfants."));
                blocks.Add(new Block(BlockKind.Paragraph, "Je reste à votre disposition pour un entretien et vous prie d'agréer, Monsieur le Maire, l'expression de mes salutations respectueuses."));
                blocks.Add(Block.Spacer);
                blocks.Add(new Block(BlockKind.Signature, person.PrenomNom));
                break;
            case "facture":
                blocks.Add(new Block(BlockKind.Header, random.Pick(["SARL Espaces Verts de l'Ouest", "Papeterie Moderne SAS", "Garage Central", "Bureau Vallée Pro"]), Bold: true));
                blocks.Add(new Block(BlockKind.Header, $"SIRET {random.Next(100, 999)} {random.Next(100, 999)} {random.Next(100, 999)} 000{random.Next(10, 99)}"));
                blocks.Add(Block.Spacer);
                blocks.Add(new Block(BlockKind.Title, $"FACTURE N° F{date.Year}-{random.Next(100, 9999)}", Bold: true));
                blocks.Add(new Block(BlockKind.Paragraph, $"Client : Mairie {FrenchGrammar.De(commune.Nom)} – Service comptabilité"));
                blocks.Add(new Block(BlockKind.Paragraph, $"Date : {FrenchDates.Write(date, DateWriting.Digits)}"));
                blocks.Add(Block.Spacer);
                var total = 0m;
                foreach (var item in new[] { "Ramettes papier A4 80 g (carton de 5)", "Cartouches d'encre noire", "Classeurs à levier dos 80 mm", "Entretien des massifs – forfait mensuel" }.Take(random.Next(2, 5)))
                {
                    var price = random.Next(20, 900) + 0.5m;
                    total += price;
                    blocks.Add(new Block(BlockKind.KeyValue, item, Value: price.ToString("0.00", French) + " € HT"));
                }

                blocks.Add(Block.Spacer);
                blocks.Add(new Block(BlockKind.Paragraph, $"Total HT : {total.ToString("0.00", French)} € – TVA 20 % : {(total * 0.2m).ToString("0.00", French)} € – Total TTC : {(total * 1.2m).ToString("0.00", French)} €", Bold: true));
                blocks.Add(new Block(BlockKind.Small, "Paiement à 30 jours par mandat administratif. Pénalités de retard au taux légal."));
                break;
            case "note":
                blocks.Add(new Block(BlockKind.Header, $"MAIRIE {FrenchGrammar.De(commune.Nom).ToUpperInvariant()}", Bold: true));
                blocks.Add(new Block(BlockKind.Title, "NOTE D'INFORMATION AU PERSONNEL", Bold: true));
                blocks.Add(new Block(BlockKind.Paragraph, $"Objet : {random.Pick(["fermeture estivale des services", "organisation du repas de fin d'année", "travaux dans le parking du personnel", "campagne de vaccination antigrippale"])}"));
                blocks.Add(Block.Spacer);
                blocks.Add(new Block(BlockKind.Paragraph, $"Les agents sont informés que la mairie sera fermée au public du {FrenchDates.Write(date, DateWriting.MonthInLetters)} au {FrenchDates.Write(date.AddDays(14), DateWriting.MonthInLetters)}. Les plannings de présence seront affichés en salle de pause."));
                blocks.Add(new Block(BlockKind.Paragraph, "Merci de transmettre vos questions au secrétariat général."));
                blocks.Add(new Block(BlockKind.Signature, "Le secrétariat général"));
                break;
            default:
                // A blank page: no text at all.
                break;
        }

        var label = new LabelAct { Type = ActKindCodes.NonActe, Style = kind };
        return new LaidOutAct(blocks, label, null);
    }
}
