#!/usr/bin/python3
# Independent UTC conversion of .ics files with libical (ICalGLib, as in Evolution) and vobject.
# Run with Debian's python (the modules are Debian packages; ./test.sh installs them):
#
#   /usr/bin/python3 tests/tools/ical-utc.py file1.ics [file2.ics ...]
#
# Prints one JSON document: { "files": [ { path, errors: [..], libical: [event..], vobject: [event..] } ] },
# each event { uid, summary, start, end }: timed values as UTC instants ("2024-03-31T07:00:00Z"),
# all-day values as dates ("2024-09-26"), a floating time without a Z, a missing DTEND as null.
#
# Both parsers convert a local time with the file's OWN VTIMEZONE of that TZID, never with a zone
# they know by name: libical through a Timezone built from the VTIMEZONE component (the library
# would otherwise fall back to its built-in zone for a TZID it cannot find), vobject through the
# dateutil tzinfo it builds from the component. A TZID with no VTIMEZONE is an error, as are
# libical's X-LIC-ERROR properties and anything either parser throws. Exit 0 when it ran (errors
# are in the JSON), 2 on a usage error.
import datetime
import json
import sys

import gi

gi.require_version('ICalGLib', '3.0')
from gi.repository import ICalGLib  # noqa: E402
import vobject  # noqa: E402
from vobject import icalendar as vobject_ical  # noqa: E402

UTC = datetime.timezone.utc


def iso_utc(seconds):
    return datetime.datetime.fromtimestamp(seconds, UTC).strftime('%Y-%m-%dT%H:%M:%SZ')


# ---- libical -------------------------------------------------------------------------------
def children(comp, kind):
    child = comp.get_first_component(kind)
    while child is not None:
        yield child
        child = comp.get_next_component(kind)


def libical_errors(comp, errors):
    prop = comp.get_first_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
    while prop is not None:
        errors.append('libical: ' + prop.as_ical_string().replace('\r\n ', '').strip())
        prop = comp.get_next_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
    for child in children(comp, ICalGLib.ComponentKind.ANY_COMPONENT):
        libical_errors(child, errors)


def libical_time(vevent, kind, zones, errors, uid):
    prop = vevent.get_first_property(kind)
    if prop is None:
        return None
    value = prop.get_value().get_datetime()
    if value.is_date():
        return '%04d-%02d-%02d' % (value.get_year(), value.get_month(), value.get_day())
    if value.is_utc():
        return iso_utc(value.as_timet())
    tzid = prop.get_parameter_as_string('TZID')
    if tzid is None:
        return value.as_ical_string()  # floating
    zone = zones.get(tzid)
    if zone is None:
        errors.append('libical: %s: TZID=%s has no VTIMEZONE' % (uid, tzid))
        return None
    # The value as a wall time in the file's zone: as_timet_with_zone uses that zone's observances.
    value.set_timezone(None)
    return iso_utc(ICalGLib.Time.as_timet_with_zone(value, zone))


def with_libical(text, errors):
    calendar = ICalGLib.Component.new_from_string(text)
    if calendar is None:
        errors.append('libical: no calendar')
        return []
    libical_errors(calendar, errors)
    zones = {}
    for vtz in children(calendar, ICalGLib.ComponentKind.VTIMEZONE_COMPONENT):
        zone = ICalGLib.Timezone.new()
        zone.set_component(vtz.clone())
        zones[zone.get_tzid()] = zone
    events = []
    for vevent in children(calendar, ICalGLib.ComponentKind.VEVENT_COMPONENT):
        uid = vevent.get_uid()
        events.append({
            'uid': uid,
            'summary': vevent.get_summary(),
            'start': libical_time(vevent, ICalGLib.PropertyKind.DTSTART_PROPERTY, zones, errors, uid),
            'end': libical_time(vevent, ICalGLib.PropertyKind.DTEND_PROPERTY, zones, errors, uid),
        })
    return events


# ---- vobject -------------------------------------------------------------------------------
def vobject_time(vevent, name, zones, errors, uid):
    line = vevent.contents.get(name, [None])[0]
    if line is None:
        return None
    raw = line.value
    if 'VALUE' in line.params and line.params['VALUE'][0].upper() == 'DATE':
        return vobject_ical.stringToDate(raw).isoformat()
    local = vobject_ical.stringToDateTime(raw)  # naive, or UTC for a trailing Z
    if local.tzinfo is not None:
        return local.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')
    if 'TZID' not in line.params:
        return raw  # floating
    tzid = line.params['TZID'][0]
    zone = zones.get(tzid)
    if zone is None:
        errors.append('vobject: %s: TZID=%s has no VTIMEZONE' % (uid, tzid))
        return None
    # fold=0: a time in an overlap is its first occurrence, as RFC 5545 says.
    return local.replace(tzinfo=zone).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')


def with_vobject(text, errors):
    # transform=False: values stay text, so no zone is looked up by name (vobject's registry is global
    # and falls back to pytz); each zone is the tzinfo vobject builds from this file's own VTIMEZONE.
    calendar = vobject.readOne(text, transform=False, validate=True)
    zones = {}
    for vtz in calendar.contents.get('vtimezone', []):
        zones[vtz.contents['tzid'][0].value] = vobject_ical.TimezoneComponent.gettzinfo(vtz)
    events = []
    for vevent in calendar.contents.get('vevent', []):
        uid = vevent.contents['uid'][0].value if 'uid' in vevent.contents else None
        summary = vevent.contents['summary'][0].value if 'summary' in vevent.contents else None
        events.append({
            'uid': uid,
            'summary': summary,
            'start': vobject_time(vevent, 'dtstart', zones, errors, uid),
            'end': vobject_time(vevent, 'dtend', zones, errors, uid),
        })
    return events


def check(path):
    errors = []
    result = {'path': path, 'errors': errors, 'libical': [], 'vobject': []}
    try:
        with open(path, 'rb') as f:
            text = f.read().decode('utf-8')
    except (OSError, UnicodeDecodeError) as e:
        errors.append('cannot read: %s' % e)
        return result
    for name, parse in (('libical', with_libical), ('vobject', with_vobject)):
        try:
            result[name] = parse(text, errors)
        except Exception as e:  # a parser's complaint is a finding, not a crash of the tool
            errors.append('%s: %s: %s' % (name, type(e).__name__, e))
    return result


def main(paths):
    if not paths or any(p in ('-h', '--help') for p in paths):
        sys.stderr.write('usage: /usr/bin/python3 tests/tools/ical-utc.py file1.ics [file2.ics ...]\n')
        return 2
    json.dump({'files': [check(p) for p in paths]}, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
