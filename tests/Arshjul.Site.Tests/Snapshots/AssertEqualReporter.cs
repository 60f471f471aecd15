using ApprovalTests.Core;

namespace Arshjul.Site.Tests.Snapshots;

/// <summary>
/// Reports a snapshot mismatch as an xunit assertion with a readable diff of the first differing line,
/// instead of looking for a desktop diff tool (there is none on CI). A missing approved file fails too.
/// </summary>
public sealed class AssertEqualReporter : IApprovalFailureReporter
{
    public void Report(string approved, string received)
    {
        var expected = File.Exists(approved) ? File.ReadAllText(approved) : "";
        var actual = File.ReadAllText(received);
        if (!File.Exists(approved))
        {
            Assert.Fail($"No approved snapshot yet: {approved}. Read {received}; if it is right, rename it to .approved.");
        }

        Assert.Equal(expected.ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
