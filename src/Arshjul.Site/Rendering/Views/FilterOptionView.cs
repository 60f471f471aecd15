namespace Arshjul.Site.Rendering.Views;

/// <summary>One choice of a programme filter: the value items carry in their data attribute, and its words.</summary>
public sealed record FilterOptionView(string Value, string Text);
