using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Vigie.Cli.Infrastructure;

/// <summary>
/// One capability's commands. Every module of this assembly is found at start-up, so a capability adds its
/// commands by adding one module class, without touching <c>Program.cs</c>.
/// </summary>
public interface ICliModule
{
    /// <summary>Place in the help listing (lower first).</summary>
    int Order { get; }

    /// <summary>Registers the services the module's commands need.</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Adds the module's commands (French descriptions).</summary>
    void AddCommands(IConfigurator config);
}
