using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Communes;
using Vigie.Acts.Referentiels.Concordance;
using Vigie.Acts.Referentiels.Grades;
using Vigie.Acts.Referentiels.Prenoms;
using Vigie.Acts.Referentiels.Tribunaux;

namespace Vigie.Acts.Extraction;

/// <summary>
/// Extracts every field of an act (<see cref="ActFields"/>) with the words it was read from. Deterministic:
/// patterns on the normalised text, referentials for communes, grades, prénoms, tribunaux and the
/// loi 84-53 / CGFP concordance. Thread-safe once built (no state between acts).
/// </summary>
public sealed class FieldExtractor
{
    private readonly NumeroActeExtractor _numero = new();
    private readonly CollectiviteExtractor _collectivite;
    private readonly AgentExtractor _agent;
    private readonly CarriereExtractor _carriere;
    private readonly DateFieldsExtractor _dates = new();
    private readonly SignataireExtractor _signataire;
    private readonly ContratExtractor _contrat;
    private readonly DureesExtractor _durees = new();
    private readonly RecoursExtractor _recours;
    private readonly MotifNatureExtractor _motif = new();

    public FieldExtractor(
        CommuneDirectory communes,
        GradeCatalog grades,
        PrenomDirectory prenoms,
        TribunauxAdministratifs tribunaux,
        BaseLegaleConcordance concordance)
    {
        ArgumentNullException.ThrowIfNull(communes);
        ArgumentNullException.ThrowIfNull(grades);
        ArgumentNullException.ThrowIfNull(prenoms);
        ArgumentNullException.ThrowIfNull(tribunaux);
        ArgumentNullException.ThrowIfNull(concordance);
        var names = new PersonNameReader(prenoms);
        _collectivite = new CollectiviteExtractor(communes, tribunaux);
        _agent = new AgentExtractor(names);
        _carriere = new CarriereExtractor(grades);
        _signataire = new SignataireExtractor(names);
        _contrat = new ContratExtractor(concordance);
        _recours = new RecoursExtractor(tribunaux);
    }

    /// <summary>Reads the fields of an act whose type is already known.</summary>
    public ExtractionContext Extract(ActText act, ActType type)
    {
        var context = new ExtractionContext(act, type);
        if (type == ActType.NonActe)
        {
            return context;
        }

        _numero.Extract(context);
        _collectivite.Extract(context);
        _agent.Extract(context);
        _carriere.Extract(context);
        _dates.Extract(context);
        _signataire.Extract(context);
        _contrat.Extract(context);
        _durees.Extract(context);
        _recours.Extract(context);
        _motif.Extract(context);
        return context;
    }
}
