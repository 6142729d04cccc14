using Vigie.Acts.Corpus.Evaluation;
using Vigie.Acts.Corpus.Labels;
using Vigie.Tests.Shared;

namespace Vigie.Acts.Corpus.Tests;

/// <summary>
/// A tiny labels + report pair whose scores were computed by hand (see the comments), so the evaluator's arithmetic
/// and matching can be checked exactly.
/// </summary>
public sealed class CorpusEvaluatorTests
{
    private const string Labels = """
        {"source":"lot/a.pdf","format":"pdf","kind":"acte","acts":[{"pages":[1],"type":"AVANCEMENT_ECHELON","style":"s1","format":"pdf","fields":{"collectivite":"Commune de Caen","departement":"14","agent_civilite":"Mme","agent_nom":"DUPONT-MARTIN","agent_prenom":"Claire","grade":"adjoint administratif","echelon":5,"indice_brut":374,"indice_majore":370,"date_effet":"2025-03-01","date_signature":"2025-02-12","signataire":"Nicolas MARTIN, Maire","base_legale":null},"anomalies":["RECOURS_TRIBUNAL"],"verdict":"a_corriger"},{"pages":[2,3],"type":"CONTRAT","style":"s2","format":"pdf","fields":{"agent_nom":"MARTIN","base_legale":"L332-23 1°"},"anomalies":["CONTRAT_ESSAI","VISA_OBSOLETE"],"verdict":"a_corriger"}]}
        {"source":"b.txt","format":"txt","kind":"acte","acts":[{"pages":[1],"type":"DISPONIBILITE","style":"s1","format":"txt","fields":{"agent_nom":"LEROY"},"anomalies":[],"verdict":"conforme"}]}
        {"source":"c.txt","format":"txt","kind":"non_acte","acts":[]}
        {"source":"d.pdf","format":"pdf","kind":"erreur","expected_error":"FICHIER_CORROMPU","acts":[]}
        """;

    private const string Report = """
        {
          "schema": "vigie.acts-report/1",
          "generated_at": "2026-11-28T10:00:00+01:00",
          "documents": [
            { "source": "lot/a.pdf", "sha256": "x", "status": "processed", "error": null, "acts": [
              { "pages": [2, 3], "type": "CONTRAT",
                "fields": { "agent_nom": "MARTIN", "base_legale": "L. 332-23 1°" },
                "anomalies": [ { "code": "CONTRAT_ESSAI", "severity": "majeure" } ], "verdict": "a_corriger" },
              { "pages": [1], "type": "AVANCEMENT_ECHELON",
                "fields": { "collectivite": "COMMUNE DE CAEN", "departement": "14", "agent_civilite": "Madame", "agent_nom": "Dupont - Martin",
                            "agent_prenom": "Claire", "grade": "adjoint administratif", "echelon": 5, "indice_brut": 374, "indice_majore": 371,
                            "date_effet": "2025-03-01", "date_signature": "2025-02-12", "signataire": "Nicolas  MARTIN, le Maire", "base_legale": null },
                "anomalies": [ { "code": "RECOURS_TRIBUNAL" }, { "code": "GRILLE_INDICE" } ], "verdict": "a_corriger" } ] },
            { "source": "b.txt", "status": "processed", "acts": [
              { "pages": [1], "type": "TEMPS_PARTIEL", "fields": { "agent_nom": "LEROY", "grade": "rédacteur" },
                "anomalies": [ { "code": "RECOURS_ABSENT" } ], "verdict": "a_corriger" } ] },
            { "source": "c.txt", "status": "processed", "acts": [] },
            { "source": "d.pdf", "status": "error", "error": { "code": "FICHIER_CORROMPU", "message": "…" }, "acts": [] },
            { "source": "labels.jsonl", "status": "error", "error": { "code": "FORMAT_NON_SUPPORTE", "message": "…" }, "acts": [] }
          ]
        }
        """;

    private static CorpusEvaluation Evaluate()
    {
        var directory = TestPaths.NewTempDirectory();
        var labels = Path.Combine(directory, LabelsFile.FileName);
        var report = Path.Combine(directory, "report.json");
        File.WriteAllText(labels, Labels);
        File.WriteAllText(report, Report);
        return new CorpusEvaluator().EvaluateFiles(labels, report);
    }

    [Fact]
    public void Evaluate_HandMadePair_GivesTypeAndVerdictAccuracy()
    {
        var evaluation = Evaluate();

        // 3 acts: A1 and A2 right, B1 reported TEMPS_PARTIEL instead of DISPONIBILITE; B1's verdict wrong too.
        Assert.Equal(new Ratio(2, 3), evaluation.Overall.TypeAccuracy);
        Assert.Equal(new Ratio(2, 3), evaluation.Overall.VerdictAccuracy);
        Assert.Equal(4, evaluation.Documents);
        Assert.Equal(0, evaluation.DocumentsMissing);
        Assert.Equal(0, evaluation.UnexpectedActs);
        Assert.Contains(new TypeConfusion("DISPONIBILITE", "TEMPS_PARTIEL", 1), evaluation.Confusion);
        Assert.Equal(new Ratio(1, 1), evaluation.NonActs);
        Assert.Equal(new Ratio(1, 1), evaluation.Errors);
    }

    [Fact]
    public void Evaluate_HandMadePair_GivesPrecisionAndRecallPerCode()
    {
        var codes = Evaluate().Overall.Codes.ToDictionary(c => c.Code);

        Assert.Equal(new CodeScore("RECOURS_TRIBUNAL", 1, 0, 0), codes["RECOURS_TRIBUNAL"]);
        Assert.Equal(new CodeScore("GRILLE_INDICE", 0, 1, 0), codes["GRILLE_INDICE"]);
        Assert.Equal(0.0, codes["GRILLE_INDICE"].Precision);
        Assert.Null(codes["GRILLE_INDICE"].Recall);
        Assert.Equal(new CodeScore("CONTRAT_ESSAI", 1, 0, 0), codes["CONTRAT_ESSAI"]);
        Assert.Equal(new CodeScore("VISA_OBSOLETE", 0, 0, 1), codes["VISA_OBSOLETE"]);
        Assert.Equal(0.0, codes["VISA_OBSOLETE"].Recall);
        Assert.Equal(new CodeScore("RECOURS_ABSENT", 0, 1, 0), codes["RECOURS_ABSENT"]);

        // Micro: TP 2 (tribunal, essai), FP 2 (grille, recours absent), FN 1 (visa) → P = 2/4, R = 2/3.
        var micro = Evaluate().Overall.Micro;
        Assert.Equal(0.5, micro.Precision);
        Assert.Equal(2.0 / 3, micro.Recall!.Value, 6);
    }

    [Fact]
    public void Evaluate_HandMadePair_GivesFieldExactMatchAfterNormalisation()
    {
        var overall = Evaluate().Overall;

        // A1: 12 stated fields, 11 right (IM 371 ≠ 370; "Dupont - Martin", "Madame", "le Maire" normalise equal).
        // A2: 2 right ("L. 332-23 1°" = "L332-23 1°"). B1: agent_nom right, grade spurious. → 14 / 16.
        Assert.Equal(new Ratio(14, 16), overall.FieldAccuracy);
        var fields = overall.Fields.ToDictionary(f => f.Field);
        Assert.Equal(new FieldScore("indice_majore", 0, 0, 0, 1), fields["indice_majore"]);
        Assert.Equal(new FieldScore("grade", 1, 0, 1, 0), fields["grade"]);
        Assert.Equal(new FieldScore("agent_nom", 3, 0, 0, 0), fields["agent_nom"]);
        Assert.Equal(new FieldScore("base_legale", 1, 0, 0, 0), fields["base_legale"]);
    }

    [Fact]
    public void Evaluate_HandMadePair_SplitsByStyleAndFormat()
    {
        var evaluation = Evaluate();
        Assert.Equal(new Ratio(1, 2), evaluation.ByStyle["s1"].TypeAccuracy);
        Assert.Equal(new Ratio(1, 1), evaluation.ByStyle["s2"].TypeAccuracy);
        Assert.Equal(new Ratio(2, 2), evaluation.ByFormat["pdf"].TypeAccuracy);
        Assert.Equal(new Ratio(0, 1), evaluation.ByFormat["txt"].TypeAccuracy);
    }

    [Fact]
    public void Evaluate_DocumentMissingFromReport_CountsItsActsAsMissed()
    {
        var labels = LabelsFile.Read(WriteLabels());
        var report = ActsReport.Parse("""{"schema":"vigie.acts-report/1","documents":[]}""");
        var evaluation = new CorpusEvaluator().Evaluate(labels, report);
        Assert.Equal(4, evaluation.DocumentsMissing);
        Assert.Equal(new Ratio(0, 3), evaluation.Overall.TypeAccuracy);
        Assert.Equal(new CodeScore("CONTRAT_ESSAI", 0, 0, 1), evaluation.Overall.Codes.Single(c => c.Code == "CONTRAT_ESSAI"));
        Assert.Contains(new TypeConfusion("CONTRAT", CorpusEvaluator.Absent, 1), evaluation.Confusion);
    }

    [Fact]
    public void Parse_WrongSchema_RaisesAFrenchError()
    {
        var error = Assert.Throws<InvalidDataException>(() => ActsReport.Parse("""{"schema":"autre/2","documents":[]}"""));
        Assert.Contains("Schéma de rapport inattendu", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_Write_ShowsTheTablesInFrench()
    {
        var markdown = EvaluationMarkdownWriter.Write(Evaluate(), "Évaluation");
        Assert.Contains("| RECOURS_TRIBUNAL | 1 | 1 | 1 | 0 | 0 | 100,0 % | 100,0 % | 100,0 % |", markdown, StringComparison.Ordinal);
        Assert.Contains("Exactitude du type : 66,7 % (2/3)", markdown, StringComparison.Ordinal);
        Assert.Contains("non atteints", markdown, StringComparison.Ordinal);
        Assert.Contains("\"schema\": \"vigie.acts-evaluation/1\"", EvaluationJsonWriter.Write(Evaluate()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("signataire", "Nicolas MARTIN, Maire", "nicolas martin, le maire")]
    [InlineData("agent_nom", "N'DIAYE", "N’DIAYE")]
    [InlineData("base_legale", "L332-8 2°", "L. 332-8 2°")]
    [InlineData("agent_civilite", "M.", "Monsieur")]
    [InlineData("collectivite", "Commune de Granville", "MAIRIE DE GRANVILLE")]
    [InlineData("collectivite", "Ville d'Avranches", "Commune d’Avranches")]
    public void Normalize_EquivalentWritings_AreEqual(string field, string label, string report) =>
        Assert.Equal(FieldNormalizer.Normalize(field, label), FieldNormalizer.Normalize(field, report));

    [Fact]
    public void Normalize_Grade_IsExactApartFromCase()
    {
        Assert.NotEqual(
            FieldNormalizer.Normalize("grade", "adjoint administratif principal de 2e classe"),
            FieldNormalizer.Normalize("grade", "adjoint administratif principal de 2ème classe"));
    }

    private static string WriteLabels()
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), LabelsFile.FileName);
        File.WriteAllText(path, Labels);
        return path;
    }
}
