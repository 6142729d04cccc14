using System.Collections.Frozen;

namespace Vigie.Acts.Extraction;

/// <summary>
/// The "Label : valeur" pairs of SIRH-generated layouts ("Nom : DUPONT", "Grade : …", "Échelon : 5   IB : 396"),
/// keyed by a canonical field key. Cells of one line are separated by tabs, wide gaps or '|'.
/// </summary>
public sealed class KeyValueFields
{
    // Label as folded → canonical key. Rank (lower wins) lets "nom d'usage" beat "nom".
    private static readonly FrozenDictionary<string, (string Key, int Rank)> Labels = BuildLabels();

    private readonly Dictionary<string, (TextRange Value, int Rank)> _values = new(StringComparer.Ordinal);

    private KeyValueFields()
    {
    }

    public int Count => _values.Count;

    public static KeyValueFields Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fields = new KeyValueFields();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            fields.ParseLine(text, lineStart, lineEnd);
            lineStart = lineEnd + 1;
        }

        return fields;
    }

    public bool TryGet(string key, out TextRange value)
    {
        if (_values.TryGetValue(key, out var found))
        {
            value = found.Value;
            return true;
        }

        value = TextRange.Empty;
        return false;
    }

    private void ParseLine(string text, int lineStart, int lineEnd)
    {
        var cellStart = lineStart;
        TextRange? pendingLabel = null;
        string? pendingKey = null;
        var pendingRank = 0;
        for (var i = lineStart; i <= lineEnd; i++)
        {
            if (i < lineEnd && text[i] is not ('\t' or '|'))
            {
                continue;
            }

            var cell = Trim(text, cellStart, i);
            cellStart = i + 1;
            if (cell.IsEmpty)
            {
                continue;
            }

            if (pendingKey is not null && pendingLabel.HasValue)
            {
                // Table layout: a label cell then its value cell.
                Record(pendingKey, cell, pendingRank);
                pendingKey = null;
                pendingLabel = null;
                continue;
            }

            var colon = text.IndexOf(':', cell.Start, cell.Length);
            if (colon < 0)
            {
                if (Labels.TryGetValue(text[cell.Start..cell.End], out var bare) && i < lineEnd)
                {
                    pendingKey = bare.Key;
                    pendingRank = bare.Rank;
                    pendingLabel = cell;
                }

                continue;
            }

            var label = Trim(text, cell.Start, colon);
            if (label.IsEmpty || label.Length > 45)
            {
                continue;
            }

            var labelText = text[label.Start..label.End];
            if (!Labels.TryGetValue(labelText, out var known))
            {
                continue;
            }

            var value = Trim(text, colon + 1, cell.End);
            if (value.IsEmpty && cell.End == lineEnd)
            {
                value = NextLineValue(text, lineEnd);
            }

            if (!value.IsEmpty)
            {
                Record(known.Key, value, known.Rank);
            }
        }
    }

    private static TextRange NextLineValue(string text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return TextRange.Empty;
        }

        var nextEnd = text.IndexOf('\n', lineEnd + 1);
        if (nextEnd < 0)
        {
            nextEnd = text.Length;
        }

        var next = Trim(text, lineEnd + 1, nextEnd);
        return next.IsEmpty || text.IndexOf(':', next.Start, next.Length) >= 0 ? TextRange.Empty : next;
    }

    private void Record(string key, TextRange value, int rank)
    {
        if (!_values.TryGetValue(key, out var existing) || rank < existing.Rank)
        {
            _values[key] = (value, rank);
        }
    }

    private static TextRange Trim(string text, int start, int end)
    {
        while (start < end && text[start] is ' ' or '\t' or '-' or '*' or '•' or '|' or '.')
        {
            start++;
        }

        while (end > start && text[end - 1] is ' ' or '\t' or '|' or ';' or ',')
        {
            end--;
        }

        return new TextRange(start, end);
    }

    private static FrozenDictionary<string, (string Key, int Rank)> BuildLabels()
    {
        var labels = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        void Add(string key, int rank, params string[] names)
        {
            foreach (var name in names)
            {
                labels[name] = (key, rank);
            }
        }

        Add(KeyValueKeys.Nom, 0, "nom d'usage", "nom usuel");
        Add(KeyValueKeys.Nom, 1, "nom", "nom de famille", "nom patronymique");
        Add(KeyValueKeys.Prenom, 0, "prenom", "prenoms", "prenom usuel");
        Add(KeyValueKeys.Agent, 0, "agent", "nom et prenom", "nom prenom", "nom - prenom", "nom / prenom", "nom/prenom",
            "nom, prenom", "prenom nom", "prenom et nom", "beneficiaire", "interesse", "interessee", "interesse(e)",
            "identite", "fonctionnaire", "agent concerne", "salarie", "contractuel", "identite de l'agent");
        Add(KeyValueKeys.Civilite, 0, "civilite", "titre de civilite");
        Add(KeyValueKeys.Grade, 0, "nouveau grade", "grade d'avancement", "grade d'accueil", "grade de nomination", "grade attribue");
        Add(KeyValueKeys.Grade, 1, "grade", "grade de reference", "cadre d'emplois / grade", "grade / emploi");
        Add(KeyValueKeys.GradeActuel, 0, "grade actuel", "ancien grade", "grade d'origine", "grade detenu");
        Add(KeyValueKeys.Echelon, 0, "nouvel echelon", "echelon attribue", "echelon atteint", "echelon de classement", "classement",
            "nouveau classement", "classement dans le nouveau grade", "situation nouvelle");
        Add(KeyValueKeys.Echelon, 1, "echelon");
        Add(KeyValueKeys.IndiceBrut, 0, "indice brut", "ib", "i.b", "i.b.");
        Add(KeyValueKeys.IndiceMajore, 0, "indice majore", "im", "inm", "i.m", "i.m.", "indice net majore");
        Add(KeyValueKeys.Indices, 0, "ib/im", "ib / im", "indices", "indice", "indices brut/majore", "indices brut / majore",
            "indice brut / indice majore", "indice brut/indice majore", "indices ib/im", "indices (ib/im)");
        Add(KeyValueKeys.DateEffet, 0, "date d'effet", "date effet", "effet", "prise d'effet", "date de prise d'effet",
            "a compter du", "effet au", "date d'effet de l'acte");
        Add(KeyValueKeys.DateSignature, 0, "date de signature", "signe le", "date de l'acte", "date de l'arrete", "date de decision");
        Add(KeyValueKeys.DateSignature, 1, "date", "le");
        Add(KeyValueKeys.DateNaissance, 0, "date de naissance", "ne le", "nee le", "ne(e) le", "ne(e) le", "naissance");
        Add(KeyValueKeys.Objet, 0, "objet", "objet de l'acte", "objet de l'arrete");
        Add(KeyValueKeys.TypeActe, 0, "type d'acte", "nature de l'acte", "type de l'acte", "acte", "type", "nature",
            "decision", "mouvement", "nature de la decision", "type de mouvement", "evenement");
        Add(KeyValueKeys.Collectivite, 0, "collectivite", "employeur", "etablissement", "collectivite employeur",
            "structure", "collectivite / etablissement", "autorite territoriale");
        Add(KeyValueKeys.Signataire, 0, "signataire", "signe par", "autorite signataire", "nom du signataire");
        Add(KeyValueKeys.Qualite, 0, "qualite", "qualite du signataire", "fonction du signataire");
        Add(KeyValueKeys.Emploi, 0, "emploi", "poste", "fonctions", "intitule du poste", "emploi occupe", "intitule de l'emploi");
        Add(KeyValueKeys.Categorie, 0, "categorie", "cat", "categorie hierarchique");
        Add(KeyValueKeys.CadreEmplois, 0, "cadre d'emplois", "cadre d'emploi", "cadre");
        Add(KeyValueKeys.Duree, 0, "duree", "duree du contrat", "duree de l'engagement", "duree du stage");
        Add(KeyValueKeys.Quotite, 0, "quotite", "quotite de travail", "quotite de temps partiel", "taux");
        Add(KeyValueKeys.TempsTravail, 0, "temps de travail", "duree hebdomadaire", "duree hebdomadaire de service",
            "temps de travail hebdomadaire", "horaire hebdomadaire");
        Add(KeyValueKeys.LieuExercice, 0, "lieu d'exercice", "lieu de travail", "lieu d'affectation", "affectation",
            "service d'affectation", "service", "lieu");
        Add(KeyValueKeys.Remuneration, 0, "remuneration", "traitement", "remuneration brute", "remuneration mensuelle");
        Add(KeyValueKeys.Motif, 0, "motif", "motif du recrutement", "motif du contrat");
        Add(KeyValueKeys.Numero, 0, "numero", "n°", "n °", "no", "numero d'arrete", "n° d'arrete", "numero de l'acte",
            "n° de l'acte", "reference", "ref", "ref.", "numero de l'arrete", "n° arrete", "arrete n°");
        Add(KeyValueKeys.DateDebut, 0, "date de debut", "debut", "date debut", "du", "date de debut du contrat", "periode du");
        Add(KeyValueKeys.DateFin, 0, "date de fin", "fin", "date fin", "au", "jusqu'au", "date de fin du contrat");
        Add(KeyValueKeys.PeriodeEssai, 0, "periode d'essai", "duree de la periode d'essai");
        Add(KeyValueKeys.BaseLegale, 0, "base legale", "fondement", "fondement juridique", "fondement legal", "article");
        Add(KeyValueKeys.Departement, 0, "departement");
        return labels.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
