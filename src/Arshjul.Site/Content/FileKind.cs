namespace Arshjul.Site.Content;

/// <summary>What a path is on disk, told without opening it.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,

    /// <summary>A named pipe, socket or device: opening one can block or never end.</summary>
    Special,

    /// <summary>Following the path's links went round in a loop.</summary>
    Loop,

    /// <summary>The system refused to tell (permissions).</summary>
    Inaccessible,
}
