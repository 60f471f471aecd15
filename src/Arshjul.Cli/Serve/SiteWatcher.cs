namespace Arshjul.Cli.Serve;

/// <summary>
/// Watches what a build reads — content/, themes/, layouts/, i18n/, static/ and site.yml — and
/// calls back on any change with the site-relative path that changed (null when it cannot say,
/// which asks for a full rebuild). Only those folders are watched recursively, not the whole site root,
/// so a node_modules/ or public/ beside them costs nothing. A folder created later is picked up.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    public static readonly string[] WatchedFolders = ["content", "themes", "layouts", "i18n", "static"];

    private readonly string _root;
    private readonly Action<string?> _changed;
    private readonly FileSystemWatcher _rootWatcher;
    private readonly Dictionary<string, FileSystemWatcher> _folders = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private bool _disposed;

    public SiteWatcher(string siteRoot, Action<string?> changed)
    {
        _root = siteRoot;
        _changed = changed;
        _rootWatcher = new FileSystemWatcher(siteRoot)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _rootWatcher.Changed += OnRootEvent;
        _rootWatcher.Created += OnRootEvent;
        _rootWatcher.Deleted += OnRootEvent;
        _rootWatcher.Renamed += OnRootEvent;
        _rootWatcher.Error += (_, _) => _changed(null);
        _rootWatcher.EnableRaisingEvents = true;
        RefreshFolders();
    }

    private void OnRootEvent(object sender, FileSystemEventArgs e)
    {
        var names = e is RenamedEventArgs renamed ? new[] { e.Name, renamed.OldName } : new[] { e.Name };
        if (names.Any(n => n is not null && WatchedFolders.Contains(n)))
        {
            RefreshFolders();
            _changed(null);
        }
        else if (names.Any(n => n == "site.yml"))
        {
            _changed("site.yml");
        }
    }

    /// <summary>Starts watching folders that now exist and stops watching ones that are gone.</summary>
    private void RefreshFolders()
    {
        lock (_lock)
        {
            if (_disposed) return;
            foreach (var name in WatchedFolders)
            {
                var path = Path.Combine(_root, name);
                var exists = Directory.Exists(path);
                if (exists && !_folders.ContainsKey(name))
                {
                    var watcher = new FileSystemWatcher(path)
                    {
                        IncludeSubdirectories = true,
                        NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                    };
                    watcher.Changed += (_, e) => _changed(Relative(e.FullPath));
                    watcher.Created += (_, e) => _changed(Relative(e.FullPath));
                    watcher.Deleted += (_, e) => _changed(Relative(e.FullPath));
                    watcher.Renamed += (_, e) =>
                    {
                        _changed(Relative(e.OldFullPath));
                        _changed(Relative(e.FullPath));
                    };
                    // An overflowed event buffer loses changes: rebuilding everything is always right.
                    watcher.Error += (_, _) => _changed(null);
                    watcher.EnableRaisingEvents = true;
                    _folders[name] = watcher;
                }
                else if (!exists && _folders.Remove(name, out var gone))
                {
                    gone.Dispose();
                }
            }
        }
    }

    private string Relative(string fullPath) => Path.GetRelativePath(_root, fullPath).Replace('\\', '/');

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _rootWatcher.Dispose();
            foreach (var watcher in _folders.Values) watcher.Dispose();
            _folders.Clear();
        }
    }
}
