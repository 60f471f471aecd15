namespace Arshjul.Site.Bench;

/// <summary>A site size: events × programme items per event, and people.</summary>
public sealed record SizeSpec(string Name, int Events, int ItemsPerEvent, int People)
{
    public static readonly SizeSpec S = new("S", 10, 50, 300);
    public static readonly SizeSpec M = new("M", 50, 100, 1_500);
    public static readonly SizeSpec L = new("L", 100, 200, 5_000);

    public static SizeSpec Named(string name) => name.ToUpperInvariant() switch
    {
        "S" => S,
        "M" => M,
        "L" => L,
        _ => throw new ArgumentException($"Unknown size '{name}'; use S, M or L."),
    };
}
