using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Grilles;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Carriere;

/// <summary>
/// Finds the grid an act's échelon and indices are to be compared with; when the act states an échelon or indices but
/// the comparison cannot be made (grade missing or without a grid, no grid at that date), says so in the act's notes.
/// </summary>
internal static class GridContextResolver
{
    public static GridContext? Resolve(AnalyzedAct act, GrillesIndiciaires grilles)
    {
        var fields = act.Fields;
        var statesIndices = fields.IndiceBrut is not null || fields.IndiceMajore is not null;
        if (act.Type == ActType.NonActe || (fields.Echelon is null && !statesIndices))
        {
            return null;
        }

        if (fields.Echelon is not { } echelon)
        {
            // A contractual agent may be paid on an indice without an échelon; a fonctionnaire's act must state it.
            if (act.Type != ActType.Contrat)
            {
                act.AddNote("Échelon introuvable : les indices indiqués n'ont pas pu être comparés à la grille.");
            }

            return null;
        }

        if (string.IsNullOrWhiteSpace(fields.Grade))
        {
            act.AddNote("Grade introuvable : l'échelon et les indices n'ont pas pu être comparés à une grille.");
            return null;
        }

        if (!grilles.HasGrade(fields.Grade))
        {
            act.AddNote($"Pas de grille de référence pour le grade « {fields.Grade} » : l'échelon et les indices n'ont pas été contrôlés.");
            return null;
        }

        if ((ActDates.Effect(act) ?? ActDates.Signature(act)) is not { } date)
        {
            act.AddNote("Date d'effet introuvable : la grille indiciaire applicable n'a pas pu être déterminée.");
            return null;
        }

        if (grilles.Find(fields.Grade, date) is not { } grille)
        {
            act.AddNote($"La grille du grade « {fields.Grade} » en vigueur le {FrenchDates.Format(date)} n'est pas dans le référentiel (grilles connues à partir du 1er janvier 2024) : l'échelon et les indices n'ont pas été contrôlés.");
            return null;
        }

        return new GridContext(grilles.CanonicalLabel(fields.Grade) ?? fields.Grade, echelon, fields.IndiceBrut, fields.IndiceMajore, date, grille);
    }
}
