namespace Arshjul.Site.Content;

/// <summary>
/// YamlDotNet's common syntax errors in plain words, each with what the author most likely did and
/// the fix; the rest keep YamlDotNet's words behind "YAML syntax error:".
/// </summary>
internal static class YamlErrorText
{
    /// <param name="raw">YamlDotNet's message without its position prefix.</param>
    public static (string Message, string Hint) Explain(string raw)
    {
        if (raw.Contains("quoted scalar", StringComparison.Ordinal))
        {
            return ("The quote that starts this value is never closed.",
                "Add the closing quote at the end of the value, or remove the opening one.");
        }

        if (raw.Contains("found invalid mapping", StringComparison.Ordinal) || raw.Contains("mapping values are not allowed", StringComparison.Ordinal))
        {
            return ("This ': ' is read as the start of a new key, but it stands inside a value.",
                "If it is part of the text, put the whole value in double quotes, as in summary: \"Möte: en dag\"; if it is a new key, line it up with the keys above it.");
        }

        if (raw.Contains("did not find expected '-' indicator", StringComparison.Ordinal))
        {
            return ("This line is indented differently from the list above it.",
                "Line up the keys of one entry under each other, and start each new entry with '- '.");
        }

        if (raw.Contains("did not find expected key", StringComparison.Ordinal))
        {
            return ("YAML expected a new 'key: value' line here.",
                "Check that this line is indented like the keys above it; text that goes on after a closing quote, or starts with '*' or '&', must be inside quotes.");
        }

        if (raw.Contains("character that cannot start any token", StringComparison.Ordinal))
        {
            return ("A value cannot start with this character in YAML ('@' or '`').",
                "Put the whole value in quotes.");
        }

        return ($"YAML syntax error: {raw}",
            "Check the indentation, and put text that contains ': ' or starts with a special character in quotes.");
    }
}
