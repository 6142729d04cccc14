using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation;

/// <summary>An act laid out in its house style, ready for any renderer, with its ground truth.</summary>
/// <param name="Blocks">Blocks in reading order.</param>
/// <param name="Label">Ground truth (pages and format are set by the renderer).</param>
/// <param name="RunningHeader">Text repeated at the top of every page (large-city style), or null.</param>
public sealed record LaidOutAct(IReadOnlyList<Block> Blocks, LabelAct Label, string? RunningHeader);
