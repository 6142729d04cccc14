using Vigie.Acts.Referentiels.Durees;
using Vigie.Acts.Referentiels.Grilles;
using Vigie.Acts.Referentiels.Legal;
using Vigie.Acts.Referentiels.Tribunaux;

namespace Vigie.Acts.Tests.Rules.Support;

/// <summary>The embedded referentials, loaded once for the tests (they are immutable).</summary>
internal static class TestReferentiels
{
    public static GrillesIndiciaires Grilles { get; } = GrillesIndiciaires.LoadEmbedded();

    public static BaremeIbIm Bareme { get; } = BaremeIbIm.LoadEmbedded();

    public static TribunauxAdministratifs Tribunaux { get; } = TribunauxAdministratifs.LoadEmbedded();

    public static ChangementsJuridiques Changements { get; } = ChangementsJuridiques.LoadEmbedded();

    public static PrealablesRequis Prealables { get; } = PrealablesRequis.LoadEmbedded();

    public static DureesLegales Durees { get; } = DureesLegales.LoadEmbedded();
}
