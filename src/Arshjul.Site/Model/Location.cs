namespace Arshjul.Site.Model;

/// <summary>Where an event takes place; written as text or as { name, address, city, url, online }.</summary>
public sealed record Location(string? Name, string? Address, string? City, string? Url, bool Online)
{
    /// <summary>One line for iCal LOCATION and lists: "Name, Address, City".</summary>
    public string OneLine => string.Join(", ", new[] { Name, Address, City }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
