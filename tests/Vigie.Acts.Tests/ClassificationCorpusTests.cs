using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigie.Acts.Model;
using Vigie.Tests.Shared;

namespace Vigie.Acts.Tests;

/// <summary>
/// Measures type and field accuracy on the hand-written acts of <c>ClassificationCorpus/</c> (styles the corpus
/// generator does not produce) and fails under the thresholds; the per-act differences go to the test output.
/// </summary>
public sealed class ClassificationCorpusTests
{
    private const double MinimumTypeAccuracy = 0.97;
    private const double MinimumFieldAccuracy = 0.95;

    [Fact]
    public void Analyze_HandWrittenActs_MeetsAccuracyThresholds()
    {
        var report = Measure();
        TestContext.Current.TestOutputHelper?.WriteLine(report.Details);
        Assert.True(report.Acts >= 30, $"Seulement {report.Acts} actes dans le corpus écrit à la main.");
        Assert.True(report.TypeAccuracy >= MinimumTypeAccuracy, $"Justesse du type {report.TypeAccuracy:P1}.\n{report.Details}");
        Assert.True(report.FieldAccuracy >= MinimumFieldAccuracy, $"Justesse des champs {report.FieldAccuracy:P1}.\n{report.Details}");
    }

    internal static CorpusReport Measure()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "Vigie.Acts.Tests", "ClassificationCorpus");
        var details = new StringBuilder();
        var acts = 0;
        var typesRight = 0;
        var fieldsChecked = 0;
        var fieldsRight = 0;
        foreach (var textFile in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var expected = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(textFile, ".json"))).RootElement;
            var pages = File.ReadAllText(textFile).Split('\f');
            var act = ClassificationTestAnalyzer.Analyze(pages);
            acts++;
            var name = Path.GetFileNameWithoutExtension(textFile);
            var expectedType = expected.GetProperty("type").GetString()!;
            if (act.Type.ToCode() == expectedType)
            {
                typesRight++;
            }
            else
            {
                details.AppendLine(CultureInfo.InvariantCulture, $"{name} : type {act.Type.ToCode()} au lieu de {expectedType} ({string.Join(" | ", act.AnalysisNotes)})");
            }

            if (!expected.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var actual = Actual(act.Fields);
            foreach (var field in fields.EnumerateObject())
            {
                fieldsChecked++;
                var want = field.Value.ValueKind == JsonValueKind.Null ? null : field.Value.ToString();
                var got = actual[field.Name];
                if (string.Equals(want, got, StringComparison.Ordinal))
                {
                    fieldsRight++;
                }
                else
                {
                    details.AppendLine(CultureInfo.InvariantCulture, $"{name} : {field.Name} = « {got ?? "null"} » au lieu de « {want ?? "null"} »");
                }
            }
        }

        var typeAccuracy = acts == 0 ? 0 : (double)typesRight / acts;
        var fieldAccuracy = fieldsChecked == 0 ? 0 : (double)fieldsRight / fieldsChecked;
        details.Insert(0, string.Create(CultureInfo.InvariantCulture,
            $"{acts} actes : type {typesRight}/{acts} ({typeAccuracy:P1}), champs {fieldsRight}/{fieldsChecked} ({fieldAccuracy:P1})\n"));
        return new CorpusReport(acts, typeAccuracy, fieldAccuracy, details.ToString());
    }

    private static Dictionary<string, string?> Actual(ActFields f) => new(StringComparer.Ordinal)
    {
        [FieldNames.Collectivite] = f.Collectivite,
        [FieldNames.Departement] = f.Departement,
        [FieldNames.AgentCivilite] = f.AgentCivilite,
        [FieldNames.AgentNom] = f.AgentNom,
        [FieldNames.AgentPrenom] = f.AgentPrenom,
        [FieldNames.Grade] = f.Grade,
        [FieldNames.Echelon] = f.Echelon?.ToString(CultureInfo.InvariantCulture),
        [FieldNames.IndiceBrut] = f.IndiceBrut?.ToString(CultureInfo.InvariantCulture),
        [FieldNames.IndiceMajore] = f.IndiceMajore?.ToString(CultureInfo.InvariantCulture),
        [FieldNames.DateEffet] = f.DateEffet?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [FieldNames.DateSignature] = f.DateSignature?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [FieldNames.Signataire] = f.Signataire,
        [FieldNames.BaseLegale] = f.BaseLegale,
    };

    internal sealed record CorpusReport(int Acts, double TypeAccuracy, double FieldAccuracy, string Details);
}
