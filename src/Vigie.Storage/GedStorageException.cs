namespace Vigie.Storage;

/// <summary>A failure of the document store, with a French message for people (corrupt object, catalogue too new…).</summary>
public sealed class GedStorageException : Exception
{
    public GedStorageException(string message)
        : base(message)
    {
    }

    public GedStorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
