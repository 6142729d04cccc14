using Microsoft.Extensions.DependencyInjection;
using Vigie.Documents.Ocr;
using Vigie.Documents.Reading;

namespace Vigie.Documents.Tests;

public sealed class OcrServiceCollectionTests
{
    [Fact]
    public void AddVigieOcr_RegistersEngineRasterizerAndImageReaderAsSingletons()
    {
        var services = new ServiceCollection().AddVigieOcr();

        Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == typeof(IOcrEngine)).Lifetime);
        Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == typeof(TesseractOcrEngine)).Lifetime);
        Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == typeof(IPdfPageRasterizer)).Lifetime);
        var reader = Assert.Single(services, d => d.ServiceType == typeof(IDocumentReader));
        Assert.Equal(ServiceLifetime.Singleton, reader.Lifetime);
    }

    [Fact]
    public void AddVigieOcr_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection().AddVigieOcr().AddVigieOcr();

        Assert.Single(services, d => d.ServiceType == typeof(IOcrEngine));
        Assert.Single(services, d => d.ServiceType == typeof(IPdfPageRasterizer));
        Assert.Single(services, d => d.ServiceType == typeof(IDocumentReader));
    }
}
