namespace Vigie.Acts.Corpus.Referentiels;

/// <summary>
/// The grades the generator writes, with their grids exactly as in shared/domain/actes-rh.md §3
/// (C: décr. 2016-604; B: 2010-330; attachés: 87-1100; IM from décr. 82-1105). Immutable data.
/// </summary>
public sealed class GradeCatalog
{
    private const string CommunC = "décret n° 2016-596 du 12 mai 2016 relatif à l'organisation des carrières des fonctionnaires territoriaux de catégorie C";
    private const string StatutAdjAdm = "décret n° 2006-1690 du 22 décembre 2006 portant statut particulier du cadre d'emplois des adjoints administratifs territoriaux";
    private const string StatutAdjTech = "décret n° 2006-1691 du 22 décembre 2006 portant statut particulier du cadre d'emplois des adjoints techniques territoriaux";
    private const string CommunB = "décret n° 2010-329 du 22 mars 2010 portant dispositions statutaires communes à divers cadres d'emplois de fonctionnaires de la catégorie B de la fonction publique territoriale";
    private const string IndicesC = "décret n° 2016-604 du 12 mai 2016 fixant les différentes échelles de rémunération pour les fonctionnaires de catégorie C";
    private const string StatutRedacteur = "décret n° 2012-924 du 30 juillet 2012 portant statut particulier du cadre d'emplois des rédacteurs territoriaux";
    private const string IndicesB = "décret n° 2010-330 du 22 mars 2010 fixant l'échelonnement indiciaire applicable aux membres des cadres d'emplois régis par le décret n° 2010-329";
    private const string StatutAttache = "décret n° 87-1099 du 30 décembre 1987 portant statut particulier du cadre d'emplois des attachés territoriaux";
    private const string IndicesAttache = "décret n° 87-1100 du 30 décembre 1987 portant échelonnement indiciaire applicable aux attachés territoriaux";

    private static readonly (int Ib, int Im, int? Months)[] C1 =
    [
        (367, 366, 12), (368, 367, 12), (370, 368, 12), (371, 369, 12), (374, 370, 12), (378, 371, 12),
        (381, 372, 36), (387, 373, 36), (401, 376, 36), (419, 377, 48), (432, 387, null),
    ];

    private static readonly (int Ib, int Im, int? Months)[] C2 =
    [
        (368, 367, 12), (371, 369, 12), (376, 370, 12), (387, 373, 12), (396, 374, 12), (404, 376, 12),
        (416, 377, 24), (430, 385, 24), (446, 397, 36), (461, 409, 36), (473, 417, 48), (486, 425, null),
    ];

    private static readonly (int Ib, int Im, int? Months)[] C3 =
    [
        (388, 373, 12), (397, 375, 12), (412, 376, 24), (430, 385, 24), (448, 398, 24), (460, 408, 24),
        (478, 420, 36), (499, 435, 36), (525, 455, 36), (558, 478, null),
    ];

    private static readonly (int Ib, int Im, int? Months)[] Redacteur =
    [
        (389, 373, 12), (395, 374, 12), (397, 375, 12), (401, 376, 12), (415, 377, 24), (431, 386, 24),
        (452, 401, 24), (478, 420, 36), (500, 436, 36), (513, 446, 36), (538, 462, 36), (563, 482, 48), (597, 508, null),
    ];

    private static readonly (int Ib, int Im, int? Months)[] RedacteurP2 =
    [
        (401, 376, 12), (415, 377, 12), (429, 384, 24), (444, 395, 24), (458, 406, 24), (480, 421, 24),
        (506, 441, 36), (528, 457, 36), (542, 466, 36), (567, 485, 36), (599, 509, 48), (638, 539, null),
    ];

    private static readonly (int Ib, int Im, int? Months)[] RedacteurP1 =
    [
        (446, 397, 12), (461, 409, 24), (484, 424, 24), (513, 446, 24), (547, 470, 24), (573, 489, 36),
        (604, 513, 36), (638, 539, 36), (660, 556, 36), (684, 574, 36), (707, 592, null),
    ];

    private static readonly (int Ib, int Im, int? Months)[] Attache =
    [
        (444, 395, 18), (469, 415, 24), (499, 435, 24), (525, 455, 24), (567, 485, 30), (611, 518, 36),
        (653, 550, 36), (693, 580, 36), (732, 610, 36), (778, 645, 48), (821, 678, null),
    ];

    public GradeCatalog()
    {
        AdjointAdministratif = Grade("adjoint administratif", "C", "adjoints administratifs territoriaux", false, StatutAdjAdm, CommunC, IndicesC, C1);
        AdjointAdministratifP2 = Grade("adjoint administratif principal de 2e classe", "C", "adjoints administratifs territoriaux", true, StatutAdjAdm, CommunC, IndicesC, C2);
        AdjointAdministratifP1 = Grade("adjoint administratif principal de 1re classe", "C", "adjoints administratifs territoriaux", true, StatutAdjAdm, CommunC, IndicesC, C3);
        AdjointTechnique = Grade("adjoint technique", "C", "adjoints techniques territoriaux", false, StatutAdjTech, CommunC, IndicesC, C1);
        AdjointTechniqueP2 = Grade("adjoint technique principal de 2e classe", "C", "adjoints techniques territoriaux", true, StatutAdjTech, CommunC, IndicesC, C2);
        AdjointTechniqueP1 = Grade("adjoint technique principal de 1re classe", "C", "adjoints techniques territoriaux", true, StatutAdjTech, CommunC, IndicesC, C3);
        RedacteurGrade = Grade("rédacteur", "B", "rédacteurs territoriaux", true, StatutRedacteur, CommunB, IndicesB, Redacteur);
        RedacteurP2Grade = Grade("rédacteur principal de 2e classe", "B", "rédacteurs territoriaux", true, StatutRedacteur, CommunB, IndicesB, RedacteurP2);
        RedacteurP1Grade = Grade("rédacteur principal de 1re classe", "B", "rédacteurs territoriaux", true, StatutRedacteur, CommunB, IndicesB, RedacteurP1);
        AttacheGrade = Grade("attaché", "A", "attachés territoriaux", true, StatutAttache, null, IndicesAttache, Attache);
        All =
        [
            AdjointAdministratif, AdjointAdministratifP2, AdjointAdministratifP1,
            AdjointTechnique, AdjointTechniqueP2, AdjointTechniqueP1,
            RedacteurGrade, RedacteurP2Grade, RedacteurP1Grade, AttacheGrade,
        ];
    }

    public GradeGrid AdjointAdministratif { get; }

    public GradeGrid AdjointAdministratifP2 { get; }

    public GradeGrid AdjointAdministratifP1 { get; }

    public GradeGrid AdjointTechnique { get; }

    public GradeGrid AdjointTechniqueP2 { get; }

    public GradeGrid AdjointTechniqueP1 { get; }

    public GradeGrid RedacteurGrade { get; }

    public GradeGrid RedacteurP2Grade { get; }

    public GradeGrid RedacteurP1Grade { get; }

    public GradeGrid AttacheGrade { get; }

    public IReadOnlyList<GradeGrid> All { get; }

    /// <summary>The next grade by avancement de grade in the same cadre d'emplois, or null at the top.</summary>
    public GradeGrid? NextByAvancement(GradeGrid grade)
    {
        if (grade == AdjointAdministratif)
        {
            return AdjointAdministratifP2;
        }

        if (grade == AdjointAdministratifP2)
        {
            return AdjointAdministratifP1;
        }

        if (grade == AdjointTechnique)
        {
            return AdjointTechniqueP2;
        }

        if (grade == AdjointTechniqueP2)
        {
            return AdjointTechniqueP1;
        }

        if (grade == RedacteurGrade)
        {
            return RedacteurP2Grade;
        }

        return grade == RedacteurP2Grade ? RedacteurP1Grade : null;
    }

    /// <summary>The grade reached by promotion interne from a grade of the category below, or null.</summary>
    public GradeGrid? NextByPromotionInterne(GradeGrid grade) => grade.Categorie switch
    {
        "C" => RedacteurGrade,
        "B" => AttacheGrade,
        _ => null,
    };

    /// <summary>
    /// Classement in a new grade: the first échelon whose IB is at least the current one (the usual
    /// "indice égal ou immédiatement supérieur" rule).
    /// </summary>
    public static GradeEchelon ClassementIndiceSuperieur(GradeGrid target, int currentIndiceBrut) =>
        target.Echelons.FirstOrDefault(e => e.IndiceBrut >= currentIndiceBrut) ?? target.Echelons[^1];

    private static GradeGrid Grade(string label, string categorie, string cadre, bool concours, string statut, string? communes, string indices, (int Ib, int Im, int? Months)[] rows) =>
        new(label, categorie, cadre, concours, statut, communes, indices, rows.Select((r, i) => new GradeEchelon(i + 1, r.Ib, r.Im, r.Months)).ToArray());
}
