namespace Vigie.Acts.Corpus.Generation;

/// <summary>Which repealed text an injected VISA_OBSOLETE cites.</summary>
public enum ObsoleteVisaKind
{
    None,
    Loi84_53,
    Loi83_634,
    Decret92_1194,
    ComiteTechnique,
    AgentNonTitulaire,
}
