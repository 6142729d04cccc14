namespace Vigie.Documents.Reading;

/// <summary>Where a line sits on its page: the top or bottom margin (where running headers live) or the body.</summary>
internal enum LineZone
{
    Body,
    Top,
    Bottom,
}
