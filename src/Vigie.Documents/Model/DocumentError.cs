namespace Vigie.Documents.Model;

/// <summary>An error for the batch report: a code of <see cref="DocumentErrorCodes"/> and a French message for people.</summary>
public sealed record DocumentError(string Code, string Message);
