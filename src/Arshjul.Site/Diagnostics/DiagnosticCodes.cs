namespace Arshjul.Site.Diagnostics;

/// <summary>
/// Every diagnostic code in one place, so codes stay unique and documented.
/// AJ01xx: files and front matter; AJ02xx: references; AJ03xx: schedule checks;
/// AJ04xx: templates and UI strings; AJ05xx: output; AJ09xx: the tool itself.
/// </summary>
public static class DiagnosticCodes
{
    public const string NotUtf8 = "AJ0100";
    public const string YamlSyntax = "AJ0101";
    public const string EndBeforeStart = "AJ0102";
    public const string UnknownKey = "AJ0103";
    public const string MissingRequired = "AJ0104";
    public const string WrongType = "AJ0105";
    public const string InvalidDate = "AJ0106";
    public const string UnclosedFrontMatter = "AJ0107";
    public const string InvalidTime = "AJ0108";
    public const string InvalidValue = "AJ0109";
    public const string UnknownLanguage = "AJ0110";
    public const string InvalidSlug = "AJ0111";
    public const string DuplicateSlug = "AJ0112";
    public const string UnknownPlace = "AJ0113";
    public const string ReservedName = "AJ0114";
    public const string ArticleDateMismatch = "AJ0115";
    public const string UnknownTimeZone = "AJ0116";
    public const string TranslationSetsFixedKey = "AJ0117";
    public const string DuplicateGuid = "AJ0118";

    // Site sources and author URLs (issue 12, points 3 and 4): AJ0120–AJ0139.
    public const string LinkOutsideSite = "AJ0120";
    public const string LinkLoop = "AJ0121";
    public const string BrokenSymbolicLink = "AJ0122";
    public const string SpecialFile = "AJ0123";
    public const string FileTooLarge = "AJ0124";
    public const string UnreadableFile = "AJ0125";
    public const string InvalidThemeName = "AJ0126";
    public const string MissingTheme = "AJ0127";
    public const string UnsafeUrlScheme = "AJ0128";

    // Names and recordings (issue 12, second half): AJ0129–AJ0138.
    public const string NameTooLong = "AJ0129";

    // Bounded work and plain YAML messages (issue 12, points 6, 7 and 9): AJ0140–AJ0159.
    public const string YamlLimit = "AJ0140";
    public const string YamlTab = "AJ0141";
    public const string NestingLimit = "AJ0142";
    public const string DuplicateLanguage = "AJ0143";
    public const string SeriesSlugClash = "AJ0144";
    public const string IdTooLong = "AJ0145";

    // Messages (issue 12, point 9): slips that passed or were misnamed.
    public const string TimeWithOffset = "AJ0160";
    public const string UnknownKind = "AJ0161";
    public const string ScaffoldPlaceholder = "AJ0162";

    public const string UnknownPerson = "AJ0200";
    public const string UnknownEvent = "AJ0201";
    public const string MissingFile = "AJ0202";
    public const string BrokenContentLink = "AJ0203";
    public const string RoomOverlap = "AJ0300";
    public const string SpeakerOverlap = "AJ0301";
    public const string OutsideEvent = "AJ0302";
    public const string OutsideParent = "AJ0303";

    // Rooms and tracks (issue 12, point 9): checked against the event's declared rooms and tracks.
    public const string UndeclaredLane = "AJ0304";
    public const string LaneSpelling = "AJ0305";

    // Track colours (issue 15, point 3): a colour the programme draws that cannot be seen on the page.
    public const string TrackColourContrast = "AJ0306";

    // Clock changes (issue 13, point 5): a written local time the event's zone skips or repeats. AJ0310–AJ0319.
    public const string SkippedLocalTime = "AJ0310";
    public const string RepeatedLocalTime = "AJ0311";
    public const string TemplateError = "AJ0400";
    public const string MissingUiString = "AJ0401";

    // Template limits (issue 15, point 1): a template that runs into a bound fails its page, never cuts it. AJ0402–AJ0409.
    public const string TemplateLoopLimit = "AJ0402";
    public const string TemplateRecursionLimit = "AJ0403";
    public const string TemplateOutputLimit = "AJ0404";
    public const string BrokenOutputLink = "AJ0500";

    // Output paths (issue 12: safe output): AJ0501–AJ0509.
    public const string OutputPathTaken = "AJ0501";
    public const string OutputPathTooLong = "AJ0502";

    // AJ0510–AJ0519: element ids on built pages.
    public const string DuplicateId = "AJ0510";

    // Source times from git (issue 13, point 3): what calendar SEQUENCE rests on. AJ0520–AJ0529.
    public const string ShallowCheckout = "AJ0520";
    public const string GitMissing = "AJ0521";
    public const string GitFailed = "AJ0522";

    // Languages (issue 18): talk languages, translated person fields, UI strings. AJ0600–AJ0629.
    public const string PersonTranslationKey = "AJ0600";
    public const string InvalidLanguageTag = "AJ0601";
    public const string LanguageSlip = "AJ0602";

    // Importing schedules (issue 17: arshjul import frab|c3voc): AJ0700–AJ0719.
    public const string ScheduleUnreadable = "AJ0700";
    public const string ScheduleInvalid = "AJ0701";

    public const string InternalError = "AJ0900";

    // The machine's culture data (issue 13, point 7): AJ0910–AJ0919.
    public const string NoCultureData = "AJ0910";
    public const string UnknownCulture = "AJ0911";
}
