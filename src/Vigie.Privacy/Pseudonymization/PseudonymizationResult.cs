namespace Vigie.Privacy.Pseudonymization;

/// <summary>A pseudonymised text, its entities (offsets in the input text) and the categories masked.</summary>
public sealed record PseudonymizationResult(string Text, IReadOnlyList<PiiEntity> Entities)
{
    /// <summary>The types masked at least once, in the contract's order.</summary>
    public IReadOnlyList<PiiType> MaskedCategories
    {
        get
        {
            var result = new List<PiiType>();
            foreach (var type in PiiTypeCodes.All)
            {
                foreach (var entity in Entities)
                {
                    if (entity.Type == type)
                    {
                        result.Add(type);
                        break;
                    }
                }
            }

            return result;
        }
    }

    public override string ToString() => $"texte pseudonymisé ({Entities.Count} entité(s))";
}
