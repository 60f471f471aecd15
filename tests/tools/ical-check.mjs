#!/usr/bin/env node
// Independent check of .ics files, built on ical.js (from the repo's node_modules).
//
//   node tests/tools/ical-check.mjs file1.ics [file2.ics ...]
//
// Prints one JSON document: { "files": [ { path, errors: [..], events: [ { uid, summary,
// start, end, status, sequence } ] } ] }. Timed start/end are UTC instants
// ("2024-03-31T07:00:00Z"), converted with the file's own VTIMEZONEs; all-day values are
// plain dates ("2024-09-26"); a floating time (no TZID, no Z) is given without a Z.
// ical.js is lenient, so the raw-text rules it lets through are checked here: CRLF line
// ends, 75-octet lines, UTF-8 (also across folds), real calendar dates, TZIDs that have a
// non-empty VTIMEZONE, required properties. Exit 0 when it ran (errors are in the JSON),
// 2 on a usage error.
import fs from 'node:fs';
import ICAL from 'ical.js';

const DATE_PROPS = new Set(['DTSTART', 'DTEND', 'DTSTAMP', 'LAST-MODIFIED', 'CREATED', 'RECURRENCE-ID']);

// ---- raw bytes: line ends, line length, UTF-8, folds -------------------------------------
function checkRawLines(buf, errors) {
  const logical = []; // { line: first physical line number, bytes: [Buffer, ...] }
  const notCrlf = [];
  let start = 0;
  for (let n = 1; start < buf.length; n++) {
    let end = buf.indexOf(0x0a, start);
    const hasLf = end !== -1;
    if (!hasLf) end = buf.length;
    const crlf = hasLf && end > start && buf[end - 1] === 0x0d;
    if (!crlf) notCrlf.push(n);
    const line = buf.subarray(start, crlf ? end - 1 : end);
    if (line.length > 75) errors.push(`line ${n}: ${line.length} octets, more than 75`);
    const isFold = line.length > 0 && (line[0] === 0x20 || line[0] === 0x09);
    if (isFold && logical.length > 0) {
      if (line.length > 1 && (line[1] & 0xc0) === 0x80) errors.push(`line ${n}: fold splits a UTF-8 character`);
      logical[logical.length - 1].bytes.push(line.subarray(1));
    } else if (line.length > 0) {
      logical.push({ line: n, bytes: [line] });
    }
    start = end + 1;
  }
  if (notCrlf.length) {
    const shown = notCrlf.slice(0, 5).join(', ') + (notCrlf.length > 5 ? ', ...' : '');
    errors.push(`${notCrlf.length} line(s) do not end in CRLF: line ${shown}`);
  }
  const strict = new TextDecoder('utf-8', { fatal: true });
  const lenient = new TextDecoder('utf-8');
  return logical.map(({ line, bytes }) => {
    const joined = Buffer.concat(bytes);
    try {
      return { line, text: strict.decode(joined) };
    } catch {
      errors.push(`line ${line}: invalid UTF-8 byte sequence`);
      return { line, text: lenient.decode(joined) };
    }
  });
}

// ---- raw date values: ical.js turns 20240399 into a June date without complaint ----------
function checkDateValue(line, name, params, value, errors) {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
  if (!m) return errors.push(`line ${line}: ${name} value "${value}" is not a DATE or DATE-TIME`);
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((x) => (x === undefined ? undefined : +x));
  const daysInMonth = mo >= 1 && mo <= 12 ? new Date(Date.UTC(y, mo, 0)).getUTCDate() : 0;
  if (!daysInMonth || d < 1 || d > daysInMonth || h > 23 || mi > 59 || s > 60) {
    errors.push(`line ${line}: ${name} value "${value}" is not a real date/time`);
  }
  const isDate = !value.includes('T');
  if (isDate !== /(^|;)VALUE=DATE(;|$)/i.test(params)) {
    errors.push(`line ${line}: ${name} value "${value}" does not match its VALUE parameter`);
  }
}

function checkRawProperties(lines, errors) {
  for (const { line, text } of lines) {
    const m = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(text);
    if (!m) continue; // ical.js reports unparseable lines
    const name = m[1].toUpperCase();
    if (DATE_PROPS.has(name)) checkDateValue(line, name, m[2], m[3], errors);
  }
}

// ---- component tree ------------------------------------------------------------------------
function toOutputTime(t) {
  if (!t) return null;
  if (t.isDate) return t.toString(); // YYYY-MM-DD
  if (t.zone === ICAL.Timezone.localTimezone) return t.toString(); // floating
  return new Date(t.toUnixTime() * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function allProperties(comp, out = []) {
  out.push(...comp.getAllProperties());
  for (const sub of comp.getAllSubcomponents()) allProperties(sub, out);
  return out;
}

function checkCalendar(cal, errors) {
  const events = [];
  if (cal.name !== 'vcalendar') return errors.push(`top-level component is ${cal.name.toUpperCase()}, not VCALENDAR`), events;
  if (cal.getFirstPropertyValue('version') !== '2.0') errors.push('VCALENDAR: missing VERSION:2.0');
  if (!cal.getFirstPropertyValue('prodid')) errors.push('VCALENDAR: missing PRODID');

  ICAL.TimezoneService.reset();
  const zones = new Set();
  for (const vtz of cal.getAllSubcomponents('vtimezone')) {
    const tzid = vtz.getFirstPropertyValue('tzid');
    if (!tzid) { errors.push('VTIMEZONE without TZID'); continue; }
    if (vtz.getAllSubcomponents('standard').length + vtz.getAllSubcomponents('daylight').length === 0) {
      errors.push(`VTIMEZONE ${tzid}: no STANDARD or DAYLIGHT sub-component`);
    }
    zones.add(tzid);
    ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  }
  for (const prop of allProperties(cal)) {
    const tzid = prop.getParameter('tzid');
    if (tzid && !zones.has(tzid)) errors.push(`${prop.name.toUpperCase()}: TZID=${tzid} has no VTIMEZONE`);
  }

  cal.getAllSubcomponents('vevent').forEach((vevent, i) => {
    const uid = vevent.getFirstPropertyValue('uid');
    for (const p of ['uid', 'dtstart', 'dtstamp']) {
      if (!vevent.hasProperty(p)) errors.push(`VEVENT #${i + 1}${uid ? ` (${uid})` : ''}: missing ${p.toUpperCase()}`);
    }
    try {
      const start = vevent.getFirstPropertyValue('dtstart');
      let end = vevent.getFirstPropertyValue('dtend');
      const duration = vevent.getFirstPropertyValue('duration');
      if (!end && start && duration) { end = start.clone(); end.addDuration(duration); }
      const sequence = vevent.getFirstPropertyValue('sequence');
      events.push({
        uid: uid ?? null,
        summary: vevent.getFirstPropertyValue('summary') ?? null,
        start: toOutputTime(start),
        end: toOutputTime(end),
        status: vevent.getFirstPropertyValue('status') ?? null,
        sequence: sequence === null || sequence === undefined ? null : Number(sequence),
      });
    } catch (e) {
      errors.push(`VEVENT #${i + 1}: ${e.message}`);
    }
  });
  return events;
}

function checkFile(path) {
  const errors = [];
  let events = [];
  let buf;
  try { buf = fs.readFileSync(path); } catch (e) { return { path, errors: [`cannot read: ${e.message}`], events }; }
  const lines = checkRawLines(buf, errors);
  checkRawProperties(lines, errors);
  try {
    const jcal = ICAL.parse(lines.map((l) => l.text).join('\r\n'));
    const roots = jcal.length === 0 ? [] : typeof jcal[0] === 'string' ? [jcal] : jcal;
    if (roots.length === 0) errors.push('no VCALENDAR');
    for (const root of roots) events = events.concat(checkCalendar(new ICAL.Component(root), errors));
  } catch (e) {
    errors.push(`parse error: ${e.message}`);
  }
  return { path, errors, events };
}

const files = process.argv.slice(2);
if (files.length === 0 || files.some((f) => f === '-h' || f === '--help')) {
  process.stderr.write('usage: node tests/tools/ical-check.mjs file1.ics [file2.ics ...]\n');
  process.exit(2);
}
process.stdout.write(JSON.stringify({ files: files.map(checkFile) }, null, 2) + '\n');
