using System.Text.Json.Nodes;
using Arshjul.Site.Configuration;
using Arshjul.Site.Model;
using Arshjul.Site.Rendering.Templates;

namespace Arshjul.Site.Rendering.StructuredData;

/// <summary>
/// schema.org <c>Event</c> for event pages, and for programme-item pages an <c>Event</c> with its
/// event as <c>superEvent</c>. Properties are written in one fixed order, so output is stable.
/// </summary>
public static class EventJsonLd
{
    private const string Schema = "https://schema.org/";

    public static TrustedHtml ForEvent(Event ev, string lang, SiteOptions options) =>
        JsonLdScript.Render(EventObject(ev, lang, options));

    /// <param name="description">The item's description as plain text (an excerpt), or null.</param>
    public static TrustedHtml ForItem(ProgrammeItem item, string lang, SiteOptions options, string? description) =>
        JsonLdScript.Render(ItemObject(item, lang, options, description));

    public static JsonObject EventObject(Event ev, string lang, SiteOptions options)
    {
        var text = ev.Text.In(lang).Value;
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = text.Title,
            ["startDate"] = ViewFactory.Iso(ev, ev.Start.ToDateTime(), ev.IsAllDay),
        };
        if (ev.End is { } end) json["endDate"] = ViewFactory.Iso(ev, end.ToDateTime(), ev.IsAllDay);
        json["eventStatus"] = EventStatus(ev.Status);
        AddPlace(json, ev);
        AddOrganisers(json, ev);
        AddPerformers(json, ev.AllItems.SelectMany(i => i.Speakers));
        json["inLanguage"] = lang;
        json["url"] = options.AbsoluteUrl(SitePaths.Event(lang, ev));
        if (!string.IsNullOrWhiteSpace(text.Summary)) json["description"] = text.Summary;
        return json;
    }

    public static JsonObject ItemObject(ProgrammeItem item, string lang, SiteOptions options, string? description)
    {
        var ev = item.Event;
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = item.Text.In(lang).Value.Title,
        };
        // An item whose time is not yet known has no start; a guess would mislead.
        if (item.Start is { } start) json["startDate"] = ViewFactory.Iso(ev, start, false);
        if (item.End is { } end) json["endDate"] = ViewFactory.Iso(ev, end, false);
        json["eventStatus"] = EventStatus(item.EffectiveStatus);
        AddPlace(json, ev);
        AddOrganisers(json, ev);
        AddPerformers(json, item.Speakers);
        // An item given in another language than the page's is performed in that language.
        json["inLanguage"] = item.Language ?? lang;
        json["url"] = options.AbsoluteUrl(SitePaths.Item(lang, item));
        if (!string.IsNullOrWhiteSpace(description)) json["description"] = description;
        json["superEvent"] = new JsonObject
        {
            ["@type"] = "Event",
            ["name"] = ev.Text.In(lang).Value.Title,
            ["url"] = options.AbsoluteUrl(SitePaths.Event(lang, ev)),
        };
        return json;
    }

    /// <summary>The content model's status table: tentative events are still scheduled.</summary>
    public static string EventStatus(Status status) => Schema + status switch
    {
        Status.Cancelled => "EventCancelled",
        Status.Postponed => "EventPostponed",
        _ => "EventScheduled",
    };

    /// <summary>Online only, on site only, or both (an online event that also names an address or city).</summary>
    public static string AttendanceMode(Location? place) => Schema + (place switch
    {
        { Online: true } when HasPhysical(place) => "MixedEventAttendanceMode",
        { Online: true } => "OnlineEventAttendanceMode",
        _ => "OfflineEventAttendanceMode",
    });

    private static bool HasPhysical(Location place) =>
        !string.IsNullOrWhiteSpace(place.Address) || !string.IsNullOrWhiteSpace(place.City);

    private static void AddPlace(JsonObject json, Event ev)
    {
        var place = ev.Place;
        json["eventAttendanceMode"] = AttendanceMode(place);
        if (place is null) return;

        JsonObject? physical = null;
        if (!place.Online || HasPhysical(place))
        {
            physical = new JsonObject { ["@type"] = "Place" };
            var name = place.Name ?? place.City ?? place.OneLine;
            if (!string.IsNullOrWhiteSpace(name)) physical["name"] = name;
            if (HasPhysical(place))
            {
                var address = new JsonObject { ["@type"] = "PostalAddress" };
                if (!string.IsNullOrWhiteSpace(place.Address)) address["streetAddress"] = place.Address;
                if (!string.IsNullOrWhiteSpace(place.City)) address["addressLocality"] = place.City;
                physical["address"] = address;
            }
            else if (!string.IsNullOrWhiteSpace(place.Url))
            {
                physical["url"] = place.Url;
            }
        }

        JsonObject? virtualPlace = null;
        if (place.Online)
        {
            virtualPlace = new JsonObject { ["@type"] = "VirtualLocation" };
            if (!string.IsNullOrWhiteSpace(place.Url)) virtualPlace["url"] = place.Url;
        }

        JsonNode? location = (physical, virtualPlace) switch
        {
            ({ } p, { } v) => new JsonArray(p, v),
            ({ } p, null) => p,
            (null, { } v) => v,
            _ => null,
        };
        if (location is not null) json["location"] = location;
    }

    private static void AddOrganisers(JsonObject json, Event ev)
    {
        if (ev.Organisers.Count == 0) return;
        json["organizer"] = new JsonArray(ev.Organisers
            .Select(name => (JsonNode)new JsonObject { ["@type"] = "Organization", ["name"] = name })
            .ToArray());
    }

    /// <summary>Every speaker once, by name, in programme order.</summary>
    private static void AddPerformers(JsonObject json, IEnumerable<PersonRef> speakers)
    {
        var names = speakers.Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0) return;
        json["performer"] = new JsonArray(names
            .Select(name => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = name })
            .ToArray());
    }
}
