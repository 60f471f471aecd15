using Arshjul.Site.Model;

namespace Arshjul.Site.Tests.Loading;

/// <summary>Track colours as authors write them, read into one safe #rrggbb, and their contrast with the page (WCAG 1.4.11).</summary>
public sealed class CssColourTests
{
    [Theory]
    [InlineData("#005a9c", "#005a9c")]
    [InlineData("#005A9C", "#005a9c")]
    [InlineData(" #c33 ", "#cc3333")]
    [InlineData("#c33f", "#cc3333")]
    [InlineData("#005a9cff", "#005a9c")]
    [InlineData("rgb(0 90 156)", "#005a9c")]
    [InlineData("rgb(0, 90, 156)", "#005a9c")]
    [InlineData("rgba(0, 90, 156, 1)", "#005a9c")]
    [InlineData("rgb(0% 100% 50%)", "#00ff80")]
    [InlineData("teal", "#008080")]
    [InlineData("Teal", "#008080")]
    [InlineData("darkslategrey", "#2f4f4f")]
    [InlineData("rebeccapurple", "#663399")]
    public void Reads_TheFormsAuthorsWrite(string written, string hex) =>
        Assert.Equal(hex, CssColour.Parse(written)?.Hex);

    [Theory]
    [InlineData("blå")]
    [InlineData("#12345")]
    [InlineData("#005a9c80")]
    [InlineData("rgb(0 90 300)")]
    [InlineData("rgba(0, 90, 156, 0.5)")]
    [InlineData("transparent")]
    [InlineData("control")]
    [InlineData("red; background: url(x)")]
    [InlineData("")]
    public void Refuses_WhatIsNoOpaqueColour(string written) =>
        Assert.Null(CssColour.Parse(written));

    [Theory]
    [InlineData("#000000", 21.0)]
    [InlineData("#ffffff", 1.0)]
    [InlineData("#767676", 4.54)]
    [InlineData("#ffe066", 1.30)]
    public void ContrastWithWhite_IsWcagsRatio(string colour, double ratio) =>
        Assert.Equal(ratio, CssColour.Parse(colour)!.Value.ContrastWith(CssColour.PageBackground), 2);
}
