using System.Security.Cryptography;

namespace Vigie.Documents.Model;

/// <summary>The identity of a document: lower-case hex SHA-256 of its bytes.</summary>
public static class ContentHash
{
    public static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
