using System.Collections.Frozen;

namespace Vigie.Acts.Corpus.Referentiels;

/// <summary>
/// The 101 départements with the tribunal administratif of their ressort, exactly as in
/// shared/domain/actes-rh.md §4 (CJA R. 221-3). Immutable data.
/// </summary>
public sealed class DepartementCatalog
{
    private static readonly Departement[] Rows =
    [
        new("01", "Ain", "de l'Ain", "de Lyon"),
        new("02", "Aisne", "de l'Aisne", "d'Amiens"),
        new("03", "Allier", "de l'Allier", "de Clermont-Ferrand"),
        new("04", "Alpes-de-Haute-Provence", "des Alpes-de-Haute-Provence", "de Marseille"),
        new("05", "Hautes-Alpes", "des Hautes-Alpes", "de Marseille"),
        new("06", "Alpes-Maritimes", "des Alpes-Maritimes", "de Nice"),
        new("07", "Ardèche", "de l'Ardèche", "de Lyon"),
        new("08", "Ardennes", "des Ardennes", "de Châlons-en-Champagne"),
        new("09", "Ariège", "de l'Ariège", "de Toulouse"),
        new("10", "Aube", "de l'Aube", "de Châlons-en-Champagne"),
        new("11", "Aude", "de l'Aude", "de Montpellier"),
        new("12", "Aveyron", "de l'Aveyron", "de Toulouse"),
        new("13", "Bouches-du-Rhône", "des Bouches-du-Rhône", "de Marseille"),
        new("14", "Calvados", "du Calvados", "de Caen"),
        new("15", "Cantal", "du Cantal", "de Clermont-Ferrand"),
        new("16", "Charente", "de la Charente", "de Poitiers"),
        new("17", "Charente-Maritime", "de la Charente-Maritime", "de Poitiers"),
        new("18", "Cher", "du Cher", "d'Orléans"),
        new("19", "Corrèze", "de la Corrèze", "de Limoges"),
        new("2A", "Corse-du-Sud", "de la Corse-du-Sud", "de Bastia"),
        new("2B", "Haute-Corse", "de la Haute-Corse", "de Bastia"),
        new("21", "Côte-d'Or", "de la Côte-d'Or", "de Dijon"),
        new("22", "Côtes-d'Armor", "des Côtes-d'Armor", "de Rennes"),
        new("23", "Creuse", "de la Creuse", "de Limoges"),
        new("24", "Dordogne", "de la Dordogne", "de Bordeaux"),
        new("25", "Doubs", "du Doubs", "de Besançon"),
        new("26", "Drôme", "de la Drôme", "de Grenoble"),
        new("27", "Eure", "de l'Eure", "de Rouen"),
        new("28", "Eure-et-Loir", "d'Eure-et-Loir", "d'Orléans"),
        new("29", "Finistère", "du Finistère", "de Rennes"),
        new("30", "Gard", "du Gard", "de Nîmes"),
        new("31", "Haute-Garonne", "de la Haute-Garonne", "de Toulouse"),
        new("32", "Gers", "du Gers", "de Pau"),
        new("33", "Gironde", "de la Gironde", "de Bordeaux"),
        new("34", "Hérault", "de l'Hérault", "de Montpellier"),
        new("35", "Ille-et-Vilaine", "d'Ille-et-Vilaine", "de Rennes"),
        new("36", "Indre", "de l'Indre", "de Limoges"),
        new("37", "Indre-et-Loire", "d'Indre-et-Loire", "d'Orléans"),
        new("38", "Isère", "de l'Isère", "de Grenoble"),
        new("39", "Jura", "du Jura", "de Besançon"),
        new("40", "Landes", "des Landes", "de Pau"),
        new("41", "Loir-et-Cher", "de Loir-et-Cher", "d'Orléans"),
        new("42", "Loire", "de la Loire", "de Lyon"),
        new("43", "Haute-Loire", "de la Haute-Loire", "de Clermont-Ferrand"),
        new("44", "Loire-Atlantique", "de la Loire-Atlantique", "de Nantes"),
        new("45", "Loiret", "du Loiret", "d'Orléans"),
        new("46", "Lot", "du Lot", "de Toulouse"),
        new("47", "Lot-et-Garonne", "de Lot-et-Garonne", "de Bordeaux"),
        new("48", "Lozère", "de la Lozère", "de Nîmes"),
        new("49", "Maine-et-Loire", "de Maine-et-Loire", "de Nantes"),
        new("50", "Manche", "de la Manche", "de Caen"),
        new("51", "Marne", "de la Marne", "de Châlons-en-Champagne"),
        new("52", "Haute-Marne", "de la Haute-Marne", "de Châlons-en-Champagne"),
        new("53", "Mayenne", "de la Mayenne", "de Nantes"),
        new("54", "Meurthe-et-Moselle", "de Meurthe-et-Moselle", "de Nancy"),
        new("55", "Meuse", "de la Meuse", "de Nancy"),
        new("56", "Morbihan", "du Morbihan", "de Rennes"),
        new("57", "Moselle", "de la Moselle", "de Strasbourg"),
        new("58", "Nièvre", "de la Nièvre", "de Dijon"),
        new("59", "Nord", "du Nord", "de Lille"),
        new("60", "Oise", "de l'Oise", "d'Amiens"),
        new("61", "Orne", "de l'Orne", "de Caen"),
        new("62", "Pas-de-Calais", "du Pas-de-Calais", "de Lille"),
        new("63", "Puy-de-Dôme", "du Puy-de-Dôme", "de Clermont-Ferrand"),
        new("64", "Pyrénées-Atlantiques", "des Pyrénées-Atlantiques", "de Pau"),
        new("65", "Hautes-Pyrénées", "des Hautes-Pyrénées", "de Pau"),
        new("66", "Pyrénées-Orientales", "des Pyrénées-Orientales", "de Montpellier"),
        new("67", "Bas-Rhin", "du Bas-Rhin", "de Strasbourg"),
        new("68", "Haut-Rhin", "du Haut-Rhin", "de Strasbourg"),
        new("69", "Rhône", "du Rhône", "de Lyon"),
        new("70", "Haute-Saône", "de la Haute-Saône", "de Besançon"),
        new("71", "Saône-et-Loire", "de Saône-et-Loire", "de Dijon"),
        new("72", "Sarthe", "de la Sarthe", "de Nantes"),
        new("73", "Savoie", "de la Savoie", "de Grenoble"),
        new("74", "Haute-Savoie", "de la Haute-Savoie", "de Grenoble"),
        new("75", "Paris", "de Paris", "de Paris"),
        new("76", "Seine-Maritime", "de la Seine-Maritime", "de Rouen"),
        new("77", "Seine-et-Marne", "de Seine-et-Marne", "de Melun"),
        new("78", "Yvelines", "des Yvelines", "de Versailles"),
        new("79", "Deux-Sèvres", "des Deux-Sèvres", "de Poitiers"),
        new("80", "Somme", "de la Somme", "d'Amiens"),
        new("81", "Tarn", "du Tarn", "de Toulouse"),
        new("82", "Tarn-et-Garonne", "de Tarn-et-Garonne", "de Toulouse"),
        new("83", "Var", "du Var", "de Toulon"),
        new("84", "Vaucluse", "de Vaucluse", "de Nîmes"),
        new("85", "Vendée", "de la Vendée", "de Nantes"),
        new("86", "Vienne", "de la Vienne", "de Poitiers"),
        new("87", "Haute-Vienne", "de la Haute-Vienne", "de Limoges"),
        new("88", "Vosges", "des Vosges", "de Nancy"),
        new("89", "Yonne", "de l'Yonne", "de Dijon"),
        new("90", "Territoire de Belfort", "du Territoire de Belfort", "de Besançon"),
        new("91", "Essonne", "de l'Essonne", "de Versailles"),
        new("92", "Hauts-de-Seine", "des Hauts-de-Seine", "de Cergy-Pontoise"),
        new("93", "Seine-Saint-Denis", "de la Seine-Saint-Denis", "de Montreuil"),
        new("94", "Val-de-Marne", "du Val-de-Marne", "de Melun"),
        new("95", "Val-d'Oise", "du Val-d'Oise", "de Cergy-Pontoise"),
        new("971", "Guadeloupe", "de la Guadeloupe", "de la Guadeloupe"),
        new("972", "Martinique", "de la Martinique", "de la Martinique"),
        new("973", "Guyane", "de la Guyane", "de la Guyane"),
        new("974", "La Réunion", "de La Réunion", "de La Réunion"),
        new("976", "Mayotte", "de Mayotte", "de Mayotte"),
    ];

    private readonly FrozenDictionary<string, Departement> _byCode = Rows.ToFrozenDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Departement> All => Rows;

    /// <summary>The distinct tribunal names ("de Caen"…), for picking a wrong one.</summary>
    public IReadOnlyList<string> Tribunals { get; } = Rows.Select(d => d.Tribunal).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    public Departement? Find(string code) => _byCode.GetValueOrDefault(code);

    public Departement Get(string code) => _byCode.TryGetValue(code, out var d)
        ? d
        : throw new KeyNotFoundException($"Département inconnu : {code}");

    /// <summary>Département code of an INSEE commune code ("50532" → "50", "2A004" → "2A", "97411" → "974").</summary>
    public static string DepartementOfCommune(string inseeCode) =>
        inseeCode.StartsWith("97", StringComparison.Ordinal) ? inseeCode[..3] : inseeCode[..2];
}
