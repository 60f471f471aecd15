using Arshjul.Site.Diagnostics;

namespace Arshjul.Site.Tests.Build;

public sealed class SafeTextTests
{
    [Theory]
    [InlineData("plain text, å ä ö – “ok”", "plain text, å ä ö – “ok”")]
    [InlineData("a\u001b]0;title\u0007b", "a\\x1b]0;title\\x07b")]
    [InlineData("line\rover\nnext\ttab", "line\\x0dover\\x0anext\\x09tab")]
    [InlineData("c1\u0085\u009b\u007f", "c1\\x85\\x9b\\x7f")]
    [InlineData("sep\u2028\u2029", "sep\\u2028\\u2029")]
    [InlineData("bidi\u202a\u202e\u2066\u2069", "bidi\\u202a\\u202e\\u2066\\u2069")]
    public void Escape_WritesControlCharactersAsEscapes(string text, string expected) =>
        Assert.Equal(expected, SafeText.Escape(text));

    [Fact]
    public void Excerpt_KeepsSixtyCharacters_ThenAnEllipsis()
    {
        var text = new string('a', 59) + "bcdef";

        Assert.Equal(new string('a', 59) + "b…", SafeText.Excerpt(text));
        Assert.Equal(new string('a', 60), SafeText.Excerpt(new string('a', 60)));
        Assert.Equal("'x\\x1b'", SafeText.Quote("x\u001b"));
    }

    [Fact]
    public void Excerpt_NeverSplitsASurrogatePair()
    {
        var text = new string('a', 59) + "😀" + "tail";

        Assert.Equal(new string('a', 59) + "…", SafeText.Excerpt(text));
    }
}
