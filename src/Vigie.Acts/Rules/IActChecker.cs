using Vigie.Acts.Model;

namespace Vigie.Acts.Rules;

/// <summary>Runs every registered <see cref="IActRule"/> on an act and decides its verdict.</summary>
public interface IActChecker
{
    ActCheckResult Check(AnalyzedAct act);
}
