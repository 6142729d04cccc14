namespace Vigie.Cli.Infrastructure;

/// <summary>Exit codes of the contract: 0 the job ran, 1 it could not run, 2 bad usage.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadUsage = 2;
}
