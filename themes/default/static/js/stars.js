/*
 * Arshjul's stars and "my programme". A star button on every element a template marked with data-star-uid (an
 * item with a calendar file), and, on /<lang>/my/, the starred items by day with their clashes, one .ics of them
 * built here from the items' own files, and a share link (#s=…). It only adds to the page: without it no button
 * shows and the my page explains itself. No framework and no network beyond this site's own .ics files.
 *
 * Stars are kept in localStorage under a key with the site's folder in it (two sites on one host do not mix),
 * as a sorted list of calendar UIDs, which are the same in every language of the site.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script) return;
  var words = {
    star: script.getAttribute("data-star-text") || "",
    added: script.getAttribute("data-added-text") || "",
    removed: script.getAttribute("data-removed-text") || "",
  };
  // This file is <site>/js/stars.js: the folder above it is the site, on any host, in any sub-folder, from file: too.
  var KEY = "arshjul-stars:" + new URL("../", script.src).pathname;

  function storageWorks() {
    try {
      localStorage.setItem(KEY + ":test", "1");
      localStorage.removeItem(KEY + ":test");
      return true;
    } catch (e) {
      return false;
    }
  }

  // No storage (a private mode, a browser setting): no buttons, rather than stars forgotten on the next page.
  if (!storageWorks()) return;

  function read() {
    try {
      var value = JSON.parse(localStorage.getItem(KEY) || "[]");
      return Array.isArray(value) ? value.filter(function (uid) { return typeof uid === "string"; }) : [];
    } catch (e) {
      return [];
    }
  }

  function write(uids) {
    var unique = uids.filter(function (uid, i) { return uids.indexOf(uid) === i; }).sort();
    try {
      localStorage.setItem(KEY, JSON.stringify(unique));
    } catch (e) {
      // A full storage keeps the previous stars; the buttons show what was kept.
    }
    refresh();
  }

  function setStar(uid, on) {
    write(read().filter(function (u) { return u !== uid; }).concat(on ? [uid] : []));
  }

  // ---- the polite announcement of what a press did ------------------------------------------------------------
  var live = document.createElement("p");
  live.className = "star-status visually-hidden";
  live.setAttribute("role", "status");
  live.setAttribute("aria-live", "polite");
  (document.querySelector("main") || document.body).appendChild(live);

  function announce(region, text) {
    region.textContent = "";
    // A new text in a second step, so the same message twice is announced twice.
    window.setTimeout(function () { region.textContent = text; }, 50);
  }

  // ---- star buttons ---------------------------------------------------------------------------------------------
  var buttons = [];

  function starButton(holder) {
    var uid = holder.getAttribute("data-star-uid");
    var title = holder.getAttribute("data-star-title") || "";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "star";
    button.setAttribute("data-uid", uid);
    var icon = document.createElement("span");
    icon.className = "star-icon";
    icon.setAttribute("aria-hidden", "true");
    var text = document.createElement("span");
    text.className = "star-text";
    text.textContent = words.star;
    // The name says which item ("Stjärnmärk Att bygga regioner"); aria-pressed says whether it is starred.
    var name = document.createElement("span");
    name.className = "visually-hidden";
    name.textContent = " " + title;
    button.appendChild(icon);
    button.appendChild(text);
    button.appendChild(name);
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      setStar(uid, on);
      announce(live, (on ? words.added : words.removed).replace("{title}", title));
    });
    buttons.push(button);
    show(button, read());
    return button;
  }

  function show(button, stars) {
    var on = stars.indexOf(button.getAttribute("data-uid")) >= 0;
    button.setAttribute("aria-pressed", on ? "true" : "false");
    button.firstChild.textContent = on ? "\u2605" : "\u2606";
  }

  function addButton(holder) {
    var button = starButton(holder);
    var title = holder.querySelector(":scope > .item-title, :scope > .appearance-title, :scope > .my-item-title, :scope > .page-header > h1");
    if (title) title.insertAdjacentElement("afterend", button);
    else holder.insertBefore(button, holder.firstChild);
  }

  var listeners = [];

  function refresh() {
    var stars = read();
    buttons = buttons.filter(function (b) { return b.isConnected; });
    buttons.forEach(function (b) { show(b, stars); });
    listeners.forEach(function (f) { f(stars); });
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-star-uid]"), addButton);
  // Stars set in another tab or window.
  window.addEventListener("storage", function (event) {
    if (event.key === KEY) refresh();
  });

  var my = document.querySelector(".my-programme");
  if (my) myProgramme(my);

  // ---- /<lang>/my/ ----------------------------------------------------------------------------------------------
  function myProgramme(page) {
    var host = page.getAttribute("data-host");
    var text = function (name) { return page.getAttribute("data-" + name + "-text") || ""; };
    var template = page.querySelector("template.my-items");
    var entries = {};
    Array.prototype.forEach.call(template.content.querySelectorAll(".my-event"), function (ev) {
      Array.prototype.forEach.call(ev.querySelectorAll("li[data-star-uid]"), function (node) {
        var uid = node.getAttribute("data-star-uid");
        var link = node.querySelector("a");
        var id = uid.slice(uid.indexOf("/") + 1, uid.lastIndexOf("@"));
        entries[uid] = {
          uid: uid,
          node: node,
          event: ev,
          link: link,
          title: link.textContent,
          // The item's calendar file is in its page's folder: <lang>/events/<event>/<id>/<id>.ics.
          ics: link.getAttribute("href") + encodeURIComponent(id) + ".ics",
          start: Date.parse(node.getAttribute("data-star-start")),
          end: node.hasAttribute("data-star-end") ? Date.parse(node.getAttribute("data-star-end")) : NaN,
          room: node.getAttribute("data-star-room"),
          // Set only when the item is not simply scheduled ("cancelled", "postponed", "tentative").
          status: node.getAttribute("data-status"),
          day: node.getAttribute("data-day"),
          dayText: node.getAttribute("data-day-text"),
        };
      });
    });
    var mine = page.querySelector(".my-mine");
    var list = mine.querySelector(".my-list");
    var summary = mine.querySelector(".my-summary");
    var tools = mine.querySelector(".my-tools");
    var status = mine.querySelector(".my-status");
    var shareField = mine.querySelector(".my-share-url");
    var shared = page.querySelector(".my-shared");
    var sharedUids = [];

    page.querySelector(".my-needs-script").hidden = true;
    page.querySelector(".my-app").hidden = false;

    function known(uids) {
      return uids.map(function (uid) { return entries[uid]; }).filter(Boolean).sort(function (a, b) {
        return a.start - b.start || (a.end || a.start) - (b.end || b.start) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
      });
    }

    function render(stars) {
      var chosen = known(stars);
      var clashes = draw(list, chosen, true);
      mine.querySelector(".my-empty").hidden = chosen.length > 0;
      tools.hidden = chosen.length === 0;
      var missing = stars.length - chosen.length;
      var lines = [];
      if (clashes > 0) lines.push(text("clash-count").replace("{count}", String(clashes)));
      if (missing > 0) lines.push(text("missing").replace("{count}", String(missing)));
      summary.textContent = lines.join(" ");
      summary.hidden = lines.length === 0;
      shareField.value = shareUrl(chosen);
      page.setAttribute("data-starred", String(chosen.length));
    }

    listeners.push(render);
    render(read());

    // ---- the list: by programme day, in time order, each clash said in words on both items ----
    function draw(container, chosen, withStars) {
      container.textContent = "";
      var found = clashesOf(chosen);
      var day = null;
      var items = null;
      chosen.forEach(function (entry) {
        if (!day || day.getAttribute("data-day") !== entry.day) {
          day = document.createElement("section");
          day.className = "my-day";
          day.setAttribute("data-day", entry.day);
          var heading = document.createElement("h3");
          heading.textContent = entry.dayText;
          items = document.createElement("ol");
          items.className = "my-day-items";
          day.appendChild(heading);
          day.appendChild(items);
          container.appendChild(day);
        }
        var item = entryNode(entry);
        (found[entry.uid] || []).forEach(function (clash) {
          var line = document.createElement("p");
          line.className = "my-clash";
          var label = document.createElement("strong");
          label.textContent = text("clash") + ": ";
          line.appendChild(label);
          var words = text(clash.kind === "overlap" ? "overlap" : "room")
            .replace("{title}", clash.other.title).replace("{room}", clash.other.room || "");
          line.appendChild(document.createTextNode(words));
          item.appendChild(line);
          item.classList.add("has-clash");
        });
        items.appendChild(item);
        if (withStars) addButton(item);
      });
      var count = 0;
      for (var uid in found) count += found[uid].length;
      return count / 2;
    }

    function element(tag, className, text) {
      var node = document.createElement(tag);
      if (className) node.className = className;
      if (text) node.textContent = text;
      return node;
    }

    // An entry as the list shows it: its title (linked to its page) under its day's h3, time, room and event.
    function entryNode(entry) {
      var node = entry.node;
      var item = element("li", "my-item");
      item.setAttribute("data-star-uid", entry.uid);
      item.setAttribute("data-star-title", entry.title);
      var title = element("h4", "my-item-title");
      title.appendChild(entry.link.cloneNode(true));
      if (node.hasAttribute("data-status-label")) {
        title.appendChild(document.createTextNode(" "));
        title.appendChild(element("span", "badge status-" + node.getAttribute("data-status"), node.getAttribute("data-status-label")));
      }
      item.appendChild(title);
      var meta = element("p", "my-item-meta");
      var time = element("time", null, node.getAttribute("data-time"));
      time.setAttribute("datetime", node.getAttribute("data-star-start"));
      meta.appendChild(element("span", "item-time")).appendChild(time);
      if (entry.room) {
        meta.appendChild(document.createTextNode(" · "));
        meta.appendChild(element("span", "item-room", page.getAttribute("data-room-label") + ": " + entry.room));
      }
      meta.appendChild(document.createTextNode(" · "));
      var ev = meta.appendChild(element("a", null, entry.event.getAttribute("data-title")));
      ev.setAttribute("href", entry.event.getAttribute("data-url"));
      if (entry.event.hasAttribute("data-lang")) ev.lang = entry.event.getAttribute("data-lang");
      item.appendChild(meta);
      return item;
    }

    // ---- share link: #s=<event>/<id>.<id>,<event>/<id> (UIDs without "@host"; slugs need no escaping, but are escaped) ----
    function shareUrl(chosen) {
      var groups = [];
      var byEvent = {};
      chosen.forEach(function (entry) {
        var key = entry.uid.slice(0, entry.uid.length - host.length - 1);
        var slash = key.indexOf("/");
        var ev = key.slice(0, slash);
        if (!byEvent[ev]) {
          byEvent[ev] = [];
          groups.push(ev);
        }
        byEvent[ev].push(encodeURIComponent(key.slice(slash + 1)));
      });
      var fragment = groups.map(function (ev) { return encodeURIComponent(ev) + "/" + byEvent[ev].join("."); }).join(",");
      return window.location.href.split("#")[0] + (fragment ? "#s=" + fragment : "");
    }

    function parseShare(hash) {
      var match = /^#s=(.*)$/.exec(hash);
      if (!match) return [];
      var uids = [];
      match[1].split(",").forEach(function (group) {
        var slash = group.indexOf("/");
        if (slash < 1) return;
        try {
          var ev = decodeURIComponent(group.slice(0, slash));
          group.slice(slash + 1).split(".").forEach(function (id) {
            var uid = ev + "/" + decodeURIComponent(id) + "@" + host;
            if (entries[uid] && uids.indexOf(uid) < 0) uids.push(uid);
          });
        } catch (e) {
          // A mangled part of a link is left out.
        }
      });
      return uids;
    }

    function showShared() {
      sharedUids = parseShare(window.location.hash);
      shared.hidden = sharedUids.length === 0;
      if (sharedUids.length > 0) draw(shared.querySelector(".my-shared-list"), known(sharedUids), false);
    }

    shared.querySelector(".my-shared-add").addEventListener("click", function () {
      write(read().concat(sharedUids));
      sharedUids = [];
      shared.hidden = true;
      history.replaceState(null, "", window.location.href.split("#")[0]);
      render(read());
      announce(status, text("shared-added"));
    });
    window.addEventListener("hashchange", showShared);
    showShared();

    mine.querySelector(".my-copy").addEventListener("click", function () {
      var done = function () { announce(status, text("copied")); };
      shareField.select();
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(shareField.value).then(done, function () {});
      else if (document.execCommand("copy")) done();
    });

    mine.querySelector(".my-download").addEventListener("click", function () {
      var chosen = known(read());
      announce(status, text("downloading"));
      Promise.all(chosen.map(function (entry) {
        return fetch(entry.ics).then(function (response) {
          if (!response.ok) throw new Error(entry.ics + ": " + response.status);
          return response.text();
        });
      })).then(function (files) {
        var blob = new Blob([mergeCalendars(files, chosen.map(function (e) { return e.uid; }))], { type: "text/calendar;charset=utf-8" });
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = page.getAttribute("data-file-name") || "my-programme.ics";
        link.hidden = true;
        document.body.appendChild(link);
        link.click();
        link.remove();
        window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
        announce(status, text("downloaded"));
      }).catch(function () {
        announce(status, text("failed"));
      });
    });
  }

  // ---- clashes: overlapping times, or one item ending when the next begins in another room ----
  // A cancelled item stays in the list (with its badge) but takes no time, so it clashes with nothing.
  function clashesOf(chosen) {
    chosen = chosen.filter(function (entry) { return entry.status !== "cancelled"; });
    var found = {};
    function add(a, b, kind) {
      (found[a.uid] = found[a.uid] || []).push({ other: b, kind: kind });
      (found[b.uid] = found[b.uid] || []).push({ other: a, kind: kind });
    }
    for (var i = 0; i < chosen.length; i++) {
      for (var j = i + 1; j < chosen.length; j++) {
        var kind = clashKind(chosen[i], chosen[j]);
        if (kind) add(chosen[i], chosen[j], kind);
      }
    }
    return found;
  }

  // An item without an end is a moment: it clashes with what runs at that moment, or starts with it.
  function clashKind(a, b) {
    var aEnd = isNaN(a.end) ? a.start : a.end;
    var bEnd = isNaN(b.end) ? b.start : b.end;
    if (a.start === b.start || (a.start < bEnd && b.start < aEnd)) return "overlap";
    var back = aEnd === b.start || bEnd === a.start;
    if (back && a.room && b.room && a.room !== b.room) return "room";
    return null;
  }

  // ---- one calendar from the items' own files -------------------------------------------------------------------
  // Each file's lines are kept as they are (folds included), so every VEVENT has the UID, SEQUENCE and times of its
  // published file and later updates of that file match it. The header is the first file's (PRODID, VERSION,
  // CALSCALE, METHOD); a zone in several files becomes one VTIMEZONE with every observance any of them lists (each
  // file's block covers only its own times, so a 2018 item and a 2024 item need both years' transitions).
  function mergeCalendars(files, uids) {
    var header = null;
    var zones = {};
    var zoneOrder = [];
    var events = [];
    var seen = {};
    files.forEach(function (file, index) {
      var lines = logicalLines(file);
      var ownHeader = [];
      var i = 0;
      while (i < lines.length) {
        var name = lines[i].name;
        if (name === "BEGIN:VCALENDAR" || name === "END:VCALENDAR") {
          i++;
        } else if (name === "BEGIN:VTIMEZONE") {
          i = readZone(lines, i, zones, zoneOrder);
        } else if (lines[i].text.indexOf("BEGIN:") === 0) {
          var end = blockEnd(lines, i);
          var block = lines.slice(i, end + 1);
          var uid = block.filter(function (l) { return l.name === "UID"; }).map(function (l) { return l.value; })[0];
          if (name === "BEGIN:VEVENT" && uid === uids[index] && !seen[uid]) {
            seen[uid] = true;
            events.push(block);
          }
          i = end + 1;
        } else {
          ownHeader.push(lines[i]);
          i++;
        }
      }
      if (header === null) header = ownHeader;
    });
    var out = ["BEGIN:VCALENDAR"];
    (header || []).forEach(function (l) { out.push.apply(out, l.raw); });
    zoneOrder.forEach(function (tzid) {
      var zone = zones[tzid];
      out.push("BEGIN:VTIMEZONE");
      zone.props.forEach(function (l) { out.push.apply(out, l.raw); });
      zone.observances.sort(function (a, b) { return a.start < b.start ? -1 : a.start > b.start ? 1 : 0; });
      zone.observances.forEach(function (o) { out.push.apply(out, o.raw); });
      out.push("END:VTIMEZONE");
    });
    events.forEach(function (block) { block.forEach(function (l) { out.push.apply(out, l.raw); }); });
    out.push("END:VCALENDAR");
    return out.join("\r\n") + "\r\n";
  }

  // Content lines with their physical lines (a fold is a line starting with a space or tab), name and value unfolded.
  function logicalLines(file) {
    var lines = [];
    file.split(/\r\n|\n|\r/).forEach(function (physical) {
      if (physical.length === 0) return;
      if ((physical[0] === " " || physical[0] === "\t") && lines.length > 0) {
        var last = lines[lines.length - 1];
        last.raw.push(physical);
        last.text += physical.slice(1);
      } else {
        lines.push({ raw: [physical], text: physical });
      }
    });
    lines.forEach(function (line) {
      var colon = line.text.indexOf(":");
      var semicolon = line.text.indexOf(";");
      var nameEnd = semicolon >= 0 && semicolon < colon ? semicolon : colon;
      var name = line.text.slice(0, nameEnd).toUpperCase();
      line.value = line.text.slice(colon + 1);
      line.name = name === "BEGIN" || name === "END" ? name + ":" + line.value.toUpperCase() : name;
    });
    return lines;
  }

  function blockEnd(lines, start) {
    var depth = 0;
    for (var i = start; i < lines.length; i++) {
      if (lines[i].name.indexOf("BEGIN:") === 0) depth++;
      else if (lines[i].name.indexOf("END:") === 0 && --depth === 0) return i;
    }
    return lines.length - 1;
  }

  function readZone(lines, start, zones, zoneOrder) {
    var end = blockEnd(lines, start);
    var props = [];
    var observances = [];
    for (var i = start + 1; i < end; i++) {
      if (lines[i].name.indexOf("BEGIN:") === 0) {
        var last = blockEnd(lines, i);
        var block = lines.slice(i, last + 1);
        var raw = [];
        block.forEach(function (l) { raw.push.apply(raw, l.raw); });
        var dtstart = block.filter(function (l) { return l.name === "DTSTART"; }).map(function (l) { return l.value; })[0] || "";
        observances.push({ start: dtstart, raw: raw, key: raw.join("\n") });
        i = last;
      } else {
        props.push(lines[i]);
      }
    }
    var tzid = props.filter(function (l) { return l.name === "TZID"; }).map(function (l) { return l.value; })[0] || "";
    var zone = zones[tzid];
    if (!zone) {
      zone = zones[tzid] = { props: props, observances: [], keys: {} };
      zoneOrder.push(tzid);
    }
    observances.forEach(function (o) {
      if (zone.keys[o.key]) return;
      zone.keys[o.key] = true;
      zone.observances.push(o);
    });
    return end + 1;
  }
})();
