using System.Collections.Frozen;
using System.Globalization;
using Vigie.Acts.Referentiels.Prenoms;

namespace Vigie.Acts.Extraction;

/// <summary>
/// Reads a person's name in the original text ("Claire DUPONT", "DUPONT Claire", "Jean-Pierre LE GUEN",
/// "DE LA FONTAINE Jean", "MARIE-ANNE DUVAL"): the surname is the part in capitals; when everything is in
/// capitals the prénoms referential tells which word is the prénom.
/// </summary>
public sealed class PersonNameReader
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["de", "du", "des", "d", "le", "la", "les", "van", "von", "der", "den", "di", "da", "del", "della", "dos", "el", "al", "ben", "ter", "mac", "mc", "st", "saint", "sainte"],
        StringComparer.Ordinal);

    // Capitalised words that end a name: functions, grades and act words written with a capital.
    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
        ["maire", "president", "presidente", "adjoint", "adjointe", "directeur", "directrice", "redacteur", "redactrice",
         "attache", "attachee", "agent", "agente", "technicien", "technicienne", "ingenieur", "ingenieure", "animateur",
         "animatrice", "ne", "nee", "epouse", "veuve", "demeurant", "domicilie", "domiciliee", "titulaire", "stagiaire",
         "grade", "echelon", "conseiller", "conseillere", "secretaire", "vice", "prefet", "prefete", "tresorier",
         "comptable", "commune", "ville", "departement", "monsieur", "madame", "mademoiselle", "mme", "mlle", "m",
         "article", "arrete", "arrête", "et", "ou", "est", "sont", "sera", "a", "au", "aux", "en", "pour", "par", "dans",
         "sur", "qui", "que", "dont", "son", "sa", "ses", "vu", "considerant", "objet", "matricule", "service",
         "auxiliaire", "educateur", "educatrice", "assistant", "assistante", "brigadier", "gardien", "infirmier",
         "infirmiere", "professeur", "atsem", "dgs", "drh", "dga", "delegue", "deleguee", "premier", "premiere",
         "personnel", "ressources", "humaines", "general", "generale", "services", "cedex", "signe", "signature",
         "pole", "direction", "chef", "responsable", "administrateur", "collectivite", "etablissement", "centre",
         "contractuel", "contractuelle", "fonctionnaire", "interesse", "interessee", "beneficiaire", "salarie",
         "salariee", "l", "d", "le", "la", "les", "du", "des", "de", "sous", "jusqu", "notifie", "notifiee", "fait"],
        StringComparer.Ordinal);

    private readonly PrenomDirectory _prenoms;

    public PersonNameReader(PrenomDirectory prenoms)
    {
        ArgumentNullException.ThrowIfNull(prenoms);
        _prenoms = prenoms;
    }

    /// <summary>A prénom written in capitals in usual case, accents restored ("HELENE" → "Hélène").</summary>
    public string ToUsualCase(string capitals) => _prenoms.ToUsualCase(capitals);

    /// <summary>Reads the name that starts at <paramref name="start"/> (after any civilité), on the same line.</summary>
    public PersonName? Read(string text, int start, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        limit = Math.Min(limit, text.Length);
        var tokens = new List<NameToken>(6);
        var i = start;
        while (i < limit && tokens.Count < 7)
        {
            while (i < limit && text[i] is ' ' or '\u00A0' or '\u202F')
            {
                i++;
            }

            if (i >= limit || !char.IsLetter(text[i]))
            {
                break;
            }

            var tokenStart = i;
            while (i < limit && (char.IsLetter(text[i]) || (text[i] is '-' or '\'' or '’' && i + 1 < limit && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            // "J." initial.
            var initial = i - tokenStart == 1 && i < limit && text[i] == '.' && char.IsUpper(text[tokenStart]);
            var word = text[tokenStart..i];
            var folded = TextNormalizer.Normalize(word).Text;
            var kind = Classify(word);
            var isParticle = Particles.Contains(folded);
            if (!isParticle && (StopWords.Contains(folded) || StopWords.Contains(folded.Split('-', '\'')[0])))
            {
                i = tokenStart;
                break;
            }

            if (kind == TokenKind.Lower && !isParticle)
            {
                i = tokenStart;
                break;
            }

            if (initial)
            {
                i++;
            }

            tokens.Add(new NameToken(word, folded, kind, isParticle, tokenStart, i));
        }

        // A name never ends with a particle ("Claire DUPONT de" → drop "de").
        while (tokens.Count > 0 && tokens[^1].IsParticle)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens.Count == 0 ? null : Split(tokens);
    }

    private PersonName? Split(List<NameToken> tokens)
    {
        var start = tokens[0].Start;
        var end = tokens[^1].End;
        var upper = tokens.FindAll(t => t.Kind == TokenKind.Upper && !t.IsParticle);
        var title = tokens.FindAll(t => t.Kind == TokenKind.Title && !t.IsParticle);
        if (upper.Count > 0 && title.Count > 0)
        {
            // Mixed case: capitals are the surname (with the particles next to them), the rest the prénom.
            var firstUpper = tokens.FindIndex(t => t.Kind == TokenKind.Upper && !t.IsParticle);
            var lastUpper = tokens.FindLastIndex(t => t.Kind == TokenKind.Upper && !t.IsParticle);
            var surnameStart = firstUpper;
            while (surnameStart > 0 && tokens[surnameStart - 1].IsParticle)
            {
                surnameStart--;
            }

            var surname = tokens.GetRange(surnameStart, lastUpper - surnameStart + 1);
            var prenomTokens = tokens.Where((t, k) => (k < surnameStart || k > lastUpper) && !t.IsParticle).ToList();
            if (prenomTokens.Count == 0)
            {
                return new PersonName(null, Upper(surname), start, end, true);
            }

            // The prénom is the run next to the surname; other capitalised words are noise.
            var before = surnameStart > 0;
            var prenomRun = before
                ? TakeRun(tokens, surnameStart - 1, -1)
                : TakeRun(tokens, lastUpper + 1, 1);
            var nameStart = before ? prenomRun[0].Start : surname[0].Start;
            var nameEnd = before ? surname[^1].End : prenomRun[^1].End;
            return new PersonName(string.Join(' ', prenomRun.Select(t => t.Word)), Upper(surname), nameStart, nameEnd, true);
        }

        var words = tokens.FindAll(t => !t.IsParticle);
        if (words.Count == 1)
        {
            return new PersonName(null, Upper(tokens), start, end, upper.Count > 0);
        }

        // All in capitals (or all in usual case): the prénom is the first or the last word, whichever is the more
        // likely prénom; particles belong to the surname.
        var firstIsParticleFree = !tokens[0].IsParticle;
        var lastIsParticleFree = !tokens[^1].IsParticle && (tokens.Count < 2 || !tokens[^2].IsParticle);
        var firstScore = firstIsParticleFree ? _prenoms.PrenomScore(tokens[0].Folded) : double.NegativeInfinity;
        var lastScore = lastIsParticleFree ? _prenoms.PrenomScore(tokens[^1].Folded) : double.NegativeInfinity;
        var allCapitals = upper.Count > 0;
        bool prenomFirst;
        if (firstScore == lastScore)
        {
            // Usual order: "Prénom Nom" in running text, "NOM PRÉNOM" in capitals (SIRH lists).
            prenomFirst = !allCapitals;
        }
        else
        {
            prenomFirst = firstScore > lastScore;
        }

        var prenom = prenomFirst ? tokens[0] : tokens[^1];
        var rest = prenomFirst ? tokens.GetRange(1, tokens.Count - 1) : tokens.GetRange(0, tokens.Count - 1);
        var prenomText = prenom.Kind == TokenKind.Upper ? _prenoms.ToUsualCase(prenom.Word) : prenom.Word;
        return new PersonName(prenomText, Upper(rest), start, end, false);
    }

    private static List<NameToken> TakeRun(List<NameToken> tokens, int from, int step)
    {
        var run = new List<NameToken>();
        for (var k = from; k >= 0 && k < tokens.Count; k += step)
        {
            if (tokens[k].Kind != TokenKind.Title || tokens[k].IsParticle)
            {
                break;
            }

            run.Add(tokens[k]);
        }

        if (step < 0)
        {
            run.Reverse();
        }

        return run;
    }

    private static string Upper(List<NameToken> tokens) =>
        string.Join(' ', tokens.Select(t => t.Word.ToUpper(French)));

    private static TokenKind Classify(string word)
    {
        var hasUpper = false;
        var hasLower = false;
        foreach (var c in word)
        {
            hasUpper |= char.IsUpper(c);
            hasLower |= char.IsLower(c);
        }

        if (hasUpper && !hasLower)
        {
            // A single capital is an initial ("J. DUPONT"): part of the prénom.
            return word.Length >= 2 ? TokenKind.Upper : TokenKind.Title;
        }

        return char.IsUpper(word[0]) ? TokenKind.Title : TokenKind.Lower;
    }

    private enum TokenKind
    {
        Upper,
        Title,
        Lower,
    }

    private readonly record struct NameToken(string Word, string Folded, TokenKind Kind, bool IsParticle, int Start, int End);
}
