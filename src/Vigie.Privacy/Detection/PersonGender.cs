namespace Vigie.Privacy.Detection;

/// <summary>Gender hinted by a civility ("M.", "Mme") or a cue ("née"), used only to tell two namesakes apart.</summary>
public enum PersonGender
{
    Unknown,
    Male,
    Female,
}
