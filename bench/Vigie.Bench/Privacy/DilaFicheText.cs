using System.Text;
using System.Xml.Linq;

namespace Vigie.Bench.Privacy;

/// <summary>Turns one DILA "vos droits" fiche (XML) into plain text, one block element per line.</summary>
internal static class DilaFicheText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "title", "Paragraphe", "Titre", "Item", "Cellule", "Rangee", "Chapitre", "SousChapitre", "Introduction",
        "Situation", "Texte", "Liste", "Tableau", "Reference", "QuestionReponse", "Fiche", "Niveau", "Definition",
        "OuSAdresser", "PourEnSavoirPlus", "ServiceEnLigne", "Description", "Source", "Complement", "Ligne",
        "Avertissement", "ANoter", "Attention", "Rappel", "Titre", "Expression", "Abreviation", "Montant", "Valeur",
    };

    public static string Extract(Stream xml)
    {
        var document = XDocument.Load(xml);
        var builder = new StringBuilder();
        if (document.Root is not null)
        {
            Append(document.Root, builder);
        }

        return builder.ToString();
    }

    private static void Append(XElement element, StringBuilder builder)
    {
        // Dublin Core metadata other than the title is not fiche content.
        if (element.Name.NamespaceName == "http://purl.org/dc/elements/1.1/" && element.Name.LocalName != "title")
        {
            return;
        }

        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    builder.Append(text.Value);
                    break;
                case XElement child:
                    Append(child, builder);
                    break;
            }
        }

        if (BlockElements.Contains(element.Name.LocalName) && builder.Length > 0 && builder[^1] != '\n')
        {
            builder.Append('\n');
        }
    }
}
