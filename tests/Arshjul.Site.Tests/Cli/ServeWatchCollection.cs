namespace Arshjul.Site.Tests.Cli;

/// <summary>
/// The save-while-serving tests wait on real rebuilds with a time limit: they run on their own,
/// after the parallel tests, so the rest of the suite does not take the machine from them.
/// </summary>
[CollectionDefinition(nameof(ServeWatchCollection), DisableParallelization = true)]
public sealed class ServeWatchCollection;
