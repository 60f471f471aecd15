using System.Text;
using Xunit.Sdk;

namespace Arshjul.Site.BrowserTests.Support;

/// <summary>Writes a line to the test's output and to stdout, so it shows in the IDE and in CI logs.</summary>
public static class Report
{
    public static void Line(ITestOutputHelper output, string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}

/// <summary>
/// Collects every failure of a check over many pages, so one run names every page that fails
/// instead of stopping at the first.
/// </summary>
public sealed class Failures(string check)
{
    private readonly List<string> _items = [];
    private readonly object _gate = new();

    public int Count
    {
        get
        {
            lock (_gate) return _items.Count;
        }
    }

    public void Add(string where, string what)
    {
        lock (_gate) _items.Add($"{where}: {what}");
    }

    /// <summary>Runs a check and records an exception it throws as a failure of <paramref name="where"/>.</summary>
    public async Task Guard(string where, Func<Task> check)
    {
        try
        {
            await check();
        }
        catch (Exception e) when (e is not PrerequisiteMissingException)
        {
            Add(where, e is XunitException ? e.Message : $"{e.GetType().Name}: {e.Message}");
        }
    }

    public void ThrowIfAny()
    {
        lock (_gate)
        {
            if (_items.Count == 0) return;
            var message = new StringBuilder($"{check}: {_items.Count} failure(s)\n");
            foreach (var item in _items) message.Append("  - ").AppendLine(item.Replace("\n", "\n    ", StringComparison.Ordinal));
            throw new XunitException(message.ToString());
        }
    }
}
