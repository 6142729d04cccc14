using Vigie.Privacy.Detection;

namespace Vigie.Privacy.Recognizers;

/// <summary>One person mention found by <see cref="PersonNameRecognizer"/>, before officials are set aside.</summary>
internal sealed record NameFinding(int StartToken, int EndToken, int Start, int End, PersonName Person, double Score, bool IsOfficial);
