namespace Arshjul.Site.Output;

/// <summary>
/// Test-only pauses in the writer, so the kill tests can stop a real build at a known step: when
/// ARSHJUL_TEST_HOLD_AT names a point, the build writes the file ARSHJUL_TEST_HOLD_MARKER there and
/// waits until it is killed or cancelled. Unset (always, outside the tests) it does nothing.
/// </summary>
internal static class TestHold
{
    public const string PointVariable = "ARSHJUL_TEST_HOLD_AT";
    public const string MarkerVariable = "ARSHJUL_TEST_HOLD_MARKER";

    /// <summary>Set to use the two-rename publish even where an atomic exchange exists, to test that path too.</summary>
    public const string NoExchangeVariable = "ARSHJUL_TEST_NO_EXCHANGE";

    /// <summary>Halfway through rendering: some files are in the work folder, the output is untouched.</summary>
    public const string Render = "render";

    /// <summary>The new site and its manifest are complete in the work folder; the swap has not started.</summary>
    public const string Staged = "staged";

    /// <summary>Two-rename publish only: the old output is moved aside, the new one not yet in place.</summary>
    public const string Aside = "aside";

    /// <summary>The new site is in place; the old one still waits in the work folder to be deleted.</summary>
    public const string Swapped = "swapped";

    /// <summary>Not a pause: at the "render" step the write fails as on a full disk, to test how that is reported.</summary>
    public const string DiskFull = "disk-full";

    private static readonly string? Point = Environment.GetEnvironmentVariable(PointVariable);

    public static void At(string point, CancellationToken cancellation)
    {
        if (Point == DiskFull && point == Render) throw new IOException("No space left on device (the test's simulated full disk)");
        if (Point != point) return;
        if (Environment.GetEnvironmentVariable(MarkerVariable) is { Length: > 0 } marker) File.WriteAllText(marker, point);
        cancellation.WaitHandle.WaitOne();
        cancellation.ThrowIfCancellationRequested();
    }
}
