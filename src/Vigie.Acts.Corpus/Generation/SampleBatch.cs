using Vigie.Acts.Corpus.Labels;
using Vigie.Acts.Corpus.Referentiels;
using Vigie.Acts.Corpus.Rendering;
using static Vigie.Acts.Corpus.Labels.AnomalyCatalog;

namespace Vigie.Acts.Corpus.Generation;

/// <summary>
/// The small batch bundled in <c>samples/</c> for the README's first command: ten acts in every format (a PDF, a
/// bundle of three acts, two DOCX, a TXT, a scan, a ZIP of two acts), a letter that is not an act and a corrupt
/// file, with a fixed composition of anomalies. Written from a seed, so it can be rebuilt byte for byte.
/// </summary>
public sealed class SampleBatch(CorpusReferentiels referentiels)
{
    private readonly ActGenerator _acts = new(referentiels);
    private readonly NonActWriter _nonActs = new(referentiels);

    /// <summary>Writes the files into <paramref name="directory"/> and their labels into <paramref name="labelsPath"/>.</summary>
    public IReadOnlyList<LabelDocument> Write(string directory, string labelsPath, int seed = 2026)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var pdf = new PdfPigActRenderer();
        var fast = new FastPdfActRenderer();
        var docx = new DocxActRenderer();
        var text = new TextActRenderer();
        var scans = new ScanRenderer();
        var labels = new List<LabelDocument>();
        var n = 0;
        LaidOutAct Act(ActKind kind, HouseStyle style, params string[] codes) => _acts.Generate(new Random(SeedDerivation.Derive(seed, n++)), kind, style, codes, n);

        LabelDocument Label(string source, string format, IReadOnlyList<LaidOutAct> acts, IReadOnlyList<IReadOnlyList<int>> pages)
        {
            var label = new LabelDocument { Source = source, Format = format };
            for (var i = 0; i < acts.Count; i++)
            {
                acts[i].Label.Pages = [.. pages[i]];
                acts[i].Label.Format = format;
                label.Acts.Add(acts[i].Label);
            }

            labels.Add(label);
            return label;
        }

        var single = Act(ActKind.AvancementEchelon, HouseStyle.CommuneClassique);
        var singleLayout = pdf.Layout.Layout([single]);
        File.WriteAllBytes(Path.Combine(directory, "arrete-avancement-echelon.pdf"), pdf.Render(singleLayout));
        Label("arrete-avancement-echelon.pdf", CorpusOptions.Pdf, [single], singleLayout.ActPages);

        LaidOutAct[] bundle =
        [
            Act(ActKind.NominationStagiaire, HouseStyle.GrandeVilleDelegation),
            Act(ActKind.Contrat, HouseStyle.GrandeVilleDelegation, ContratEssai),
            Act(ActKind.Disponibilite, HouseStyle.GrandeVilleDelegation, RecoursTribunal),
        ];
        var bundleLayout = fast.Layout.Layout(bundle);
        File.WriteAllBytes(Path.Combine(directory, "liasse-3-actes.pdf"), fast.Render(bundleLayout));
        Label("liasse-3-actes.pdf", CorpusOptions.Pdf, bundle, bundleLayout.ActPages);

        var contrat = Act(ActKind.Contrat, HouseStyle.SirhExport, ContratReconductionTacite);
        File.WriteAllBytes(Path.Combine(directory, "contrat-sirh.docx"), ZipTimestamps.Normalize(docx.Render(contrat)));
        Label("contrat-sirh.docx", CorpusOptions.Docx, [contrat], [[1]]);

        var tempsPartiel = Act(ActKind.TempsPartiel, HouseStyle.EtablissementPresident);
        File.WriteAllBytes(Path.Combine(directory, "temps-partiel.docx"), ZipTimestamps.Normalize(docx.Render(tempsPartiel)));
        Label("temps-partiel.docx", CorpusOptions.Docx, [tempsPartiel], [[1]]);

        var retraite = Act(ActKind.RadiationRetraite, HouseStyle.CompactArticles, RetraiteLimiteAge);
        File.WriteAllBytes(Path.Combine(directory, "retraite.txt"), text.RenderBytes(retraite));
        Label("retraite.txt", CorpusOptions.Txt, [retraite], [[1]]);

        if (scans.IsAvailable)
        {
            var scanned = Act(ActKind.Titularisation, HouseStyle.CommuneClassique);
            var scanLayout = fast.Layout.Layout([scanned], compact: true);
            File.WriteAllBytes(Path.Combine(directory, "scan-titularisation.png"), scans.Render(fast.Render(scanLayout), new Random(SeedDerivation.Derive(seed, 100))));
            scanned.Label.Degradation = ScanRenderer.Degradation;
            Label("scan-titularisation.png", CorpusOptions.Png, [scanned], [[1]]);
        }

        var mutation = Act(ActKind.Mutation, HouseStyle.EtablissementPresident, DateRetroactive);
        var avancement = Act(ActKind.AvancementGrade, HouseStyle.CompactArticles, VisaCapObsolete);
        var mutationLayout = fast.Layout.Layout([mutation]);
        File.WriteAllBytes(Path.Combine(directory, "lot-mai.zip"), ZipTimestamps.Create(
        [
            ("mutation.pdf", fast.Render(mutationLayout)),
            ("avancement-grade.txt", text.RenderBytes(avancement)),
        ]));
        Label("lot-mai.zip!mutation.pdf", CorpusOptions.Pdf, [mutation], mutationLayout.ActPages);
        Label("lot-mai.zip!avancement-grade.txt", CorpusOptions.Txt, [avancement], [[1]]);

        var letter = _nonActs.Write(new Random(SeedDerivation.Derive(seed, 200)), "courrier");
        File.WriteAllBytes(Path.Combine(directory, "courrier-agent.txt"), text.RenderBytes(letter));
        labels.Add(new LabelDocument { Source = "courrier-agent.txt", Format = CorpusOptions.Txt, Kind = LabelDocument.KindNonActe, Note = "Demande d'un agent : pas un acte." });

        var corrupt = fast.Render(fast.Layout.Layout([Act(ActKind.Autre, HouseStyle.CommuneClassique)]));
        File.WriteAllBytes(Path.Combine(directory, "fichier-endommage.pdf"), corrupt.AsSpan(0, corrupt.Length / 3).ToArray());
        labels.Add(new LabelDocument { Source = "fichier-endommage.pdf", Format = CorpusOptions.Pdf, Kind = LabelDocument.KindErreur, ExpectedError = "FICHIER_CORROMPU", Note = "PDF tronqué au tiers." });

        LabelsFile.Write(labelsPath, labels);
        return labels;
    }
}
