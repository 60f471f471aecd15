using System.Text;
using Arshjul.Site.Tests.Calendar;
using Arshjul.Site.Tests.Cli;
using Arshjul.Site.Tests.Support;

namespace Arshjul.Site.Tests.EndToEnd;

/// <summary>
/// The example site built by the real tool under the locales and time zone of its users' machines: every file
/// byte-identical to the build under C.UTF-8 in UTC, and every calendar valid. Each child reports the culture and
/// time zone it found, so the test cannot pass because a locale silently did not take effect.
/// </summary>
public sealed class MachineLocaleTests : IDisposable
{
    private const string Now = "2024-02-01T12:00Z";

    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "arshjul-locale-" + Guid.NewGuid().ToString("N"));

    public MachineLocaleTests() => Directory.CreateDirectory(_scratch);

    /// <summary>A machine: its name in messages, its locale and time zone, and the .NET culture and zone they must give.</summary>
    private sealed record Machine(string Name, string Locale, string TimeZone, string Culture);

    private static readonly Machine Reference = new("C.UTF-8", "C.UTF-8", "UTC", "");

    private static readonly Machine[] Others =
    [
        new("sv_SE.UTF-8", "sv_SE.UTF-8", "UTC", "sv-SE"),
        new("nb_NO.UTF-8", "nb_NO.UTF-8", "UTC", "nb-NO"),
        new("ar_SA.UTF-8", "ar_SA.UTF-8", "UTC", "ar-SA"),
        new("TZ=America/New_York", "C.UTF-8", "America/New_York", ""),
    ];

    /// <param name="keepMachineCulture">
    /// False: the tool as shipped (it also switches itself to the invariant culture). True: that guard is off, so
    /// the bytes show that the library names a culture wherever it formats.
    /// </param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheExampleSite_IsByteIdentical_UnderEveryLocaleAndTimeZone(bool keepMachineCulture)
    {
        var machines = Others.Prepend(Reference).ToList();
        var children = machines.Select(m => (Machine: m, Output: Path.Combine(_scratch, Folder(m)), Child: ChildBuild.Start(RepoPaths.Root, Path.Combine(_scratch, Folder(m)), Now, Environment(m, keepMachineCulture)))).ToList();
        var runs = children.Select(c => (c.Machine, c.Output, Run: ChildBuild.Finish(c.Child))).ToList();
        foreach (var c in children) c.Child.Dispose();

        foreach (var (machine, _, run) in runs)
        {
            Assert.True(run.Exit == 0, $"{machine.Name}: {run}");
            // The first line; warnings may follow (a shallow clone of the repository in CI, for one).
            Assert.Equal($"arshjul test: culture '{machine.Culture}', time zone '{machine.TimeZone}'", run.Err.Split('\n')[0]);
        }

        var reference = Files(runs[0].Output);
        Assert.Contains(reference.Keys, p => p.EndsWith(".ics", StringComparison.Ordinal));
        var differences = runs.Skip(1).SelectMany(r => Differences(reference, Files(r.Output)).Select(d => $"{r.Machine.Name}: {d}")).ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} files differ from the C.UTF-8 build:\n" + string.Join("\n", differences.Take(10)));

        var calendars = reference.Where(f => f.Key.EndsWith(".ics", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        var checkedFiles = IcalChecker.Check(calendars.Select(f => Encoding.UTF8.GetString(f.Value)).ToArray());
        var invalid = checkedFiles.Select((file, i) => (calendars[i].Key, file.Errors)).Where(f => f.Errors.Count > 0).Select(f => $"{f.Key}: {string.Join("; ", f.Errors)}").ToList();
        Assert.True(invalid.Count == 0, "ical.js rejects:\n" + string.Join("\n", invalid.Take(10)));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string Folder(Machine machine) => new(machine.Name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    private static Dictionary<string, string?> Environment(Machine machine, bool keepMachineCulture) => new(StringComparer.Ordinal)
    {
        ["LANG"] = machine.Locale,
        ["LC_ALL"] = machine.Locale,
        ["TZ"] = machine.TimeZone,
        ["ARSHJUL_TEST_REPORT_MACHINE_CULTURE"] = "1",
        ["ARSHJUL_TEST_KEEP_MACHINE_CULTURE"] = keepMachineCulture ? "1" : null,
        ["SOURCE_DATE_EPOCH"] = null,
    };

    private static Dictionary<string, byte[]> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>Each file missing, extra or different, a different one with its first differing line from both builds.</summary>
    private static IEnumerable<string> Differences(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual)
    {
        foreach (var path in expected.Keys.Except(actual.Keys).Order(StringComparer.Ordinal)) yield return $"{path} is missing";
        foreach (var path in actual.Keys.Except(expected.Keys).Order(StringComparer.Ordinal)) yield return $"{path} is extra";
        foreach (var path in expected.Keys.Intersect(actual.Keys).Order(StringComparer.Ordinal))
        {
            if (expected[path].AsSpan().SequenceEqual(actual[path])) continue;
            var want = Encoding.UTF8.GetString(expected[path]).Split('\n');
            var got = Encoding.UTF8.GetString(actual[path]).Split('\n');
            var line = Enumerable.Range(0, Math.Max(want.Length, got.Length)).First(i => i >= want.Length || i >= got.Length || want[i] != got[i]);
            yield return $"{path} line {line + 1}: {Show(want, line)} became {Show(got, line)}";
        }
    }

    private static string Show(string[] lines, int index) =>
        index < lines.Length ? "\"" + string.Concat(lines[index].TrimEnd('\r').Select(c => c < 128 ? c.ToString() : $"\\u{(int)c:X4}")) + "\"" : "(no line)";
}
