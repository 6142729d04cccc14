namespace Vigie.Documents.Model;

/// <summary>
/// Error codes of the batch report (public contract, see <c>docs/contracts.md</c> and the acts-check spec).
/// </summary>
public static class DocumentErrorCodes
{
    public const string PdfChiffre = "PDF_CHIFFRE";
    public const string FormatNonSupporte = "FORMAT_NON_SUPPORTE";
    public const string Illisible = "ILLISIBLE";
    public const string FichierCorrompu = "FICHIER_CORROMPU";
    public const string TropVolumineux = "TROP_VOLUMINEUX";
    public const string TropDePages = "TROP_DE_PAGES";
    public const string FichierVide = "FICHIER_VIDE";
    public const string ArchiveDangereuse = "ARCHIVE_DANGEREUSE";
    public const string FichierIntrouvable = "FICHIER_INTROUVABLE";
    public const string PasUnActe = "PAS_UN_ACTE";

    /// <summary>An entry of a ZIP archive protected by a password: it cannot be extracted.</summary>
    public const string ArchiveChiffree = "ARCHIVE_CHIFFREE";

    /// <summary>A file that exists but cannot be opened (permissions, lock, I/O error).</summary>
    public const string FichierInaccessible = "FICHIER_INACCESSIBLE";
}
