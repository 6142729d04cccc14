namespace Vigie.Documents.Model;

/// <summary>A document that cannot be read, with the error the batch report shows.</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    public string Code { get; }

    public DocumentError ToError() => new(Code, Message);
}
