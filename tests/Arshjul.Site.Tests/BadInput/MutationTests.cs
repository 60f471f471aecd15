using System.Diagnostics;
using System.Text;
using Arshjul.Site.Build;
using Arshjul.Site.Tests.Support;
using CsCheck;
using Xunit.Abstractions;

namespace Arshjul.Site.Tests.BadInput;

/// <summary>
/// Random damage to the files of a small valid site never crashes a build: whatever the bytes,
/// <see cref="SiteBuilder.Build"/> returns diagnostics or a site. A thrown exception fails the
/// test with CsCheck's seed and the shrunk mutation, including the damaged text.
/// </summary>
public sealed class MutationTests(ITestOutputHelper output)
{
    private const int Iterations = 2_000;

    private static readonly DateTimeOffset Now = new(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly (string Path, string Text)[] Files =
    [
        ("site.yml", "title:\n  sv: Prov\n  en: Test\nbaseUrl: https://example.org/\nlanguages: [sv, en]\ntimeZone: Europe/Stockholm\ndayChange: \"04:00\"\n"),
        ("content/events/varmote/index.sv.md", """
            ---
            title: Vårmötet
            kind: conference
            start: 2024-03-08T09:00
            end: 2024-03-09T15:00
            series: Årshjulet
            location: { name: Stadshuset, city: Karlstad }
            registration: { url: "https://example.org/anmalan", closes: 2024-03-01 }
            status: tentative
            summary: Två dagar om regional utveckling.
            tags: [region, möte]
            schedule:
              - time: "09.00"
                title: Välkomna
                speakers: [anna-berg]
                duration: 30m
              - id: grupper
                time: "10.00"
                title: Grupparbete
                items:
                  - title: Tema ett
                    room: Sal A
                    description: Se [programmet](../../pages/om.sv.md).
                  - title: Tema två
                    room: Sal B
              - day: 2
                time: "00:30"
                end: "01:30"
                title: Nattvandring
            ---
            Ett möte om **regional** utveckling, med [Anna](/sv/speakers/anna-berg/).
            """),
        ("content/events/varmote/index.en.md", "---\ntitle: Spring meeting\nschedule:\n  - title: Welcome\n  - id: grupper\n    title: Group work\n---\nA meeting.\n"),
        ("content/events/varmote/sessions/avslutning.sv.md", """
            ---
            title: Avslutning
            start: 2024-03-09T14:00
            end: 2024-03-09T15:00
            room: Sal A
            speakers: [anna-berg, { name: Olof Lind, organisation: Regionen }]
            materials: [{ title: Bilder, url: /filer/bilder.pdf }]
            ---
            Vi sammanfattar.
            """),
        ("content/speakers/anna-berg.md", "---\nname: Anna Berg\norganisation: Region Värmland\nphoto: /filer/anna.jpg\nlinks: [{ title: Webb, url: https://example.org/ }]\n---\nAnna arbetar med **regional** utveckling.\n"),
        ("content/news/2024-02-01-program.sv.md", "---\ntitle: Programmet är klart\nevents: [varmote]\nimage: /filer/anna.jpg\n---\nLäs [programmet](../events/varmote/index.sv.md).\n"),
        ("content/pages/om.sv.md", "---\ntitle: Om oss\nsummary: Vilka vi är.\n---\n# Om oss\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"),
    ];

    private static readonly string[] Insertions =
    [
        ":", ": ", "- ", "[", "]", "{", "}", "#", "&a ", "*a", "!!str ", "|", ">", "'", "\"", "%", "@", "`", "\n", "\t", "---\n", "...\n",
        "  ", "? ", "~", "null", "0x1F", "2024-02-30", "9999-12-31T23:00", "0001-01-01", "2147483647", "999h", "\\", "<script>", "](", "![", "{{ x }}", "\u00e5\u00e4\u00f6", "\u200b", "\ufeff",
    ];

    /// <summary>One damage to one file: kind, two positions and bytes to insert.</summary>
    public sealed record Mutation(int File, int Kind, int A, int B, byte[] Bytes)
    {
        public static readonly string[] KindNames = ["cut", "duplicate line", "swap lines", "insert bytes", "delete line", "replace byte"];

        public byte[] Apply(byte[] original)
        {
            var bytes = original.ToList();
            var lines = SplitLines(original);
            switch (Kind)
            {
                case 0:
                    return original[..(A % (original.Length + 1))];
                case 1:
                    var i = A % lines.Count;
                    lines.Insert(i, lines[i]);
                    return Join(lines);
                case 2:
                    var (x, y) = (A % lines.Count, B % lines.Count);
                    (lines[x], lines[y]) = (lines[y], lines[x]);
                    return Join(lines);
                case 3:
                    bytes.InsertRange(A % (bytes.Count + 1), Bytes);
                    return [.. bytes];
                case 4:
                    lines.RemoveAt(A % lines.Count);
                    return Join(lines);
                default:
                    if (bytes.Count == 0) return Bytes;
                    var at = A % bytes.Count;
                    bytes.RemoveAt(at);
                    bytes.InsertRange(at, Bytes);
                    return [.. bytes];
            }
        }

        public override string ToString() =>
            $"{KindNames[Kind]} in {MutationTests.Files[File].Path} (a={A}, b={B}, bytes={Convert.ToHexString(Bytes)})";

        private static List<byte[]> SplitLines(byte[] bytes)
        {
            var lines = new List<byte[]>();
            var start = 0;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] != (byte)'\n') continue;
                lines.Add(bytes[start..(i + 1)]);
                start = i + 1;
            }

            lines.Add(bytes[start..]);
            return lines;
        }

        private static byte[] Join(List<byte[]> lines) => [.. lines.SelectMany(l => l)];
    }

    private static readonly Gen<byte[]> InsertedBytes = Gen.OneOf(
        Gen.OneOf(Insertions).Select(s => Encoding.UTF8.GetBytes(s)),
        Gen.OneOf<byte[]>([0xC3], [0xFF], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0x00], [0x0D]),
        Gen.Byte.Array[1, 6]);

    private static readonly Gen<Mutation> OneMutation =
        Gen.Select(Gen.Int[0, Files.Length - 1], Gen.Int[0, 5], Gen.Int[0, 100_000], Gen.Int[0, 100_000])
            .SelectMany(t => InsertedBytes.Select(bytes => new Mutation(t.Item1, t.Item2, t.Item3, t.Item4, bytes)));

    /// <summary>One to three mutations, possibly to the same file.</summary>
    private static readonly Gen<Mutation[]> Mutations = OneMutation.Array[1, 3];

    [Fact]
    public void RandomlyDamagedSites_NeverCrashTheBuild()
    {
        var originals = Files.Select(f => Encoding.UTF8.GetBytes(f.Text.ReplaceLineEndings("\n") + (f.Text.EndsWith('\n') ? "" : "\n"))).ToArray();
        using var sites = new ThreadLocal<TestSite>(() => NewSite(originals), trackAllValues: true);
        var clock = Stopwatch.StartNew();
        var built = 0;
        var succeeded = 0;
        try
        {
            // The undamaged site must build, or the mutations would only ever test the error paths.
            var clean = sites.Value!;
            var baseline = Build(clean.Root);
            Assert.True(baseline.Model is not null, "The undamaged site must load:\n" + string.Join("\n", baseline.Diagnostics));

            Mutations.Sample(
                mutations =>
                {
                    var site = sites.Value!;
                    var damaged = originals.ToArray();
                    foreach (var mutation in mutations) damaged[mutation.File] = mutation.Apply(damaged[mutation.File]);
                    var changed = mutations.Select(m => m.File).Distinct().ToList();
                    foreach (var file in changed) site.WriteBytes(Files[file].Path, damaged[file]);
                    try
                    {
                        var result = Build(site.Root);
                        Interlocked.Increment(ref built);
                        if (result.Succeeded) Interlocked.Increment(ref succeeded);
                    }
                    finally
                    {
                        foreach (var file in changed) site.WriteBytes(Files[file].Path, originals[file]);
                    }
                },
                iter: Iterations,
                threads: Environment.ProcessorCount,
                print: mutations => Describe(mutations, originals));
        }
        finally
        {
            foreach (var site in sites.Values) site.Dispose();
        }

        output.WriteLine($"{built} damaged builds ({succeeded} without errors) in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(built >= Iterations, $"only {built} builds ran");
    }

    private static BuildResult Build(string root) =>
        SiteBuilder.Build(new BuildRequest { Source = root, WriteOutput = false, Now = Now, Parallelism = 1 });

    private static TestSite NewSite(byte[][] originals)
    {
        var site = new TestSite();
        for (var i = 0; i < Files.Length; i++) site.WriteBytes(Files[i].Path, originals[i]);
        site.WriteBytes("static/filer/bilder.pdf", "%PDF-1.4\n"u8.ToArray());
        site.WriteBytes("static/filer/anna.jpg", [0xFF, 0xD8, 0xFF, 0xD9]);
        return site;
    }

    private static string Describe(Mutation[] mutations, byte[][] originals)
    {
        var damaged = originals.ToArray();
        foreach (var mutation in mutations) damaged[mutation.File] = mutation.Apply(damaged[mutation.File]);
        var text = new StringBuilder(string.Join("; ", mutations.Select(m => m.ToString())));
        foreach (var file in mutations.Select(m => m.File).Distinct())
        {
            // Invalid UTF-8 shows as U+FFFD here; the hex above has the exact bytes inserted.
            text.Append($"\n--- {Files[file].Path} after damage:\n").Append(Encoding.UTF8.GetString(damaged[file]));
        }

        return text.ToString();
    }
}
