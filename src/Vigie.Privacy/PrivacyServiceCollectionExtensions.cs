using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vigie.Privacy.Conversations;
using Vigie.Privacy.Detection;
using Vigie.Privacy.Lexicons;
using Vigie.Privacy.Pseudonymization;
using Vigie.Privacy.Recognizers;
using Vigie.Privacy.Storage;

namespace Vigie.Privacy;

/// <summary>Registers the privacy layer: recognisers, detector, pseudonymiser, encrypted mapping store, conversation API.</summary>
public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// Adds the privacy services. Settings: section "Privacy" (<see cref="PrivacyOptions"/>); the mappings live under
    /// <c>Privacy:Directory</c>, by default <c>&lt;Vigie:DataDirectory&gt;/privacy</c>.
    /// </summary>
    public static IServiceCollection AddVigiePrivacy(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PrivacyOptions>()
            .BindConfiguration(PrivacyOptions.SectionName)
            .PostConfigure<IServiceProvider>((options, provider) =>
            {
                if (string.IsNullOrWhiteSpace(options.Directory))
                {
                    var configuration = provider.GetService<IConfiguration>();
                    var dataDirectory = configuration?["Vigie:DataDirectory"];
                    options.Directory = Path.Combine(string.IsNullOrWhiteSpace(dataDirectory) ? ".vigie" : dataDirectory, "privacy");
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => PrivacyLexicons.LoadEmbedded());
        services.AddSingleton<IPiiRecognizer, NirRecognizer>();
        services.AddSingleton<IPiiRecognizer, IbanRecognizer>();
        services.AddSingleton<IPiiRecognizer, EmailRecognizer>();
        services.AddSingleton<IPiiRecognizer, PhoneRecognizer>();
        services.AddSingleton<IPiiRecognizer, PersonalSiretRecognizer>();
        services.AddSingleton<IPiiRecognizer, MatriculeRecognizer>();
        services.AddSingleton<IPiiRecognizer, BirthDateRecognizer>();
        services.AddSingleton<IPiiRecognizer, AddressRecognizer>();
        services.AddSingleton<IPiiRecognizer, PersonNameRecognizer>();
        services.TryAddSingleton<PiiDetector>();
        services.TryAddSingleton<Pseudonymizer>();
        services.TryAddSingleton<PrivacyKeyProvider>();
        services.TryAddSingleton<IPseudonymMapStore, EncryptedPseudonymMapStore>();
        services.TryAddSingleton<PrivacySession>();
        return services;
    }
}
