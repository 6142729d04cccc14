using System.Text;
using Vigie.Acts.Corpus.Generation;

namespace Vigie.Acts.Corpus.Rendering;

/// <summary>Renders one act to plain text (UTF-8): one paragraph per line, titles centered, signature indented.</summary>
public sealed class TextActRenderer
{
    private const int Width = 90;

    public string Render(LaidOutAct act)
    {
        ArgumentNullException.ThrowIfNull(act);
        var text = new StringBuilder();
        foreach (var block in act.Blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Spacer:
                    text.Append('\n');
                    break;
                case BlockKind.Title:
                case BlockKind.Centered:
                    text.Append(' ', Math.Max(0, (Width - block.Text.Length) / 2)).Append(block.Text).Append('\n');
                    break;
                case BlockKind.Signature:
                    text.Append(' ', 48).Append(block.Text).Append('\n');
                    break;
                case BlockKind.KeyValue:
                    text.Append(block.Text.PadRight(16)).Append(": ").Append(block.Value).Append('\n');
                    break;
                default:
                    text.Append(block.Text).Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    public byte[] RenderBytes(LaidOutAct act) => new UTF8Encoding(false).GetBytes(Render(act));
}
