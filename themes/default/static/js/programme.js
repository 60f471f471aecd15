/*
 * Arshjul's programme finder: filter by day, room, track, kind and language, search titles,
 * speakers and summaries, and show what is on now and next. It only adds to the page: the HTML
 * lists every item without it, and the finder's form stays hidden when this script does not run.
 * No framework and no network. Tests fix the clock with ?now=<ISO 8601 instant> in the page's URL.
 */
(function () {
  "use strict";

  var form = document.querySelector(".programme-find");
  var programme = form && form.closest(".programme");
  if (!programme) return;

  // Top-level entries: nested items (group work -> themes -> cases) are shown or hidden with their parent.
  var items = Array.prototype.slice.call(programme.querySelectorAll(".slot-items > .item"));
  var slots = Array.prototype.slice.call(programme.querySelectorAll(".slot"));
  var days = Array.prototype.slice.call(programme.querySelectorAll(".programme-day"));
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var search = form.querySelector("input[name=q]");
  var daySelect = form.querySelector("select[name=day]");
  var status = form.querySelector(".find-status");

  function normalise(text) {
    return text.toLocaleLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " ");
  }

  // What a search looks in, worked out once: titles, subtitles, speakers and summaries, nested ones too.
  var entries = items.map(function (item) {
    var parts = item.querySelectorAll(".item-title, .item-subtitle, .item-people, .item-summary");
    var text = "";
    for (var i = 0; i < parts.length; i++) text += " " + parts[i].textContent;
    var day = item.closest(".programme-day");
    var heading = day && day.querySelector(".day-heading");
    return { item: item, text: normalise(text), day: heading ? heading.id : "" };
  });

  function matches(entry, filters, words, day) {
    if (day && entry.day !== day) return false;
    for (var i = 0; i < filters.length; i++) {
      var value = entry.item.getAttribute("data-" + filters[i].name);
      // An item with no room or track (a break, a plenary) spans them all, so it stays in every room's list.
      var spans = value === null && (filters[i].name === "room" || filters[i].name === "track");
      if (value !== filters[i].value && !spans) return false;
    }
    for (var w = 0; w < words.length; w++) {
      if (entry.text.indexOf(words[w]) < 0) return false;
    }
    return true;
  }

  function apply() {
    var filters = selects.filter(function (s) { return s.value !== ""; }).map(function (s) {
      return { name: s.getAttribute("data-filter"), value: s.value };
    });
    var words = normalise(search.value).split(" ").filter(Boolean);
    var day = daySelect ? daySelect.value : "";
    var shown = 0;
    entries.forEach(function (entry) {
      var show = matches(entry, filters, words, day);
      entry.item.hidden = !show;
      if (show) shown++;
    });
    slots.forEach(function (slot) { slot.hidden = !slot.querySelector(".slot-items > .item:not([hidden])"); });
    days.forEach(function (section) { section.hidden = !section.querySelector(".slot-items > .item:not([hidden])"); });
    status.textContent = form.getAttribute("data-shown-text")
      .replace("{shown}", String(shown)).replace("{total}", String(entries.length));
    programme.setAttribute("data-shown", String(shown));
  }

  function clock() {
    var fixed = new URLSearchParams(window.location.search).get("now");
    var time = fixed ? Date.parse(fixed) : Date.now();
    return isNaN(time) ? Date.now() : time;
  }

  // Instants, not wall-clock times: data-start and data-end carry the event's UTC offset, so "now"
  // is right in the event's time zone whatever the reader's device is set to.
  function showNow() {
    var box = programme.querySelector(".programme-now");
    var now = clock();
    var timed = items.filter(function (item) { return item.hasAttribute("data-start"); });
    if (!box || timed.length === 0) return;
    var first = Date.parse(timed[0].getAttribute("data-start"));
    var last = Math.max.apply(null, timed.map(function (item) {
      return Date.parse(item.getAttribute("data-end") || item.getAttribute("data-start"));
    }));
    if (now < first - 24 * 3600 * 1000 || now >= last) return;
    var on = [];
    var next = null;
    timed.forEach(function (item) {
      var start = Date.parse(item.getAttribute("data-start"));
      var end = item.hasAttribute("data-end") ? Date.parse(item.getAttribute("data-end")) : start;
      var isOn = start <= now && now < end;
      item.classList.toggle("is-now", isOn);
      if (isOn) on.push(item);
      else if (start > now && (next === null || start < Date.parse(next.getAttribute("data-start")))) next = item;
    });
    box.textContent = "";
    addLinks(box, box.getAttribute("data-now-text"), on, "now-list");
    if (next) {
      var nextStart = next.getAttribute("data-start");
      addLinks(box, box.getAttribute("data-next-text"), timed.filter(function (item) {
        return item.getAttribute("data-start") === nextStart;
      }), "next-list");
    }
    box.hidden = box.childNodes.length === 0;
  }

  function addLinks(box, label, list, className) {
    if (list.length === 0) return;
    var line = document.createElement("span");
    line.className = className;
    var strong = document.createElement("strong");
    strong.textContent = label + ": ";
    line.appendChild(strong);
    list.forEach(function (item, index) {
      var title = item.querySelector(".item-title");
      var link = document.createElement("a");
      link.href = "#" + item.id;
      // The title's first element is its link or text; the language badge and status follow it.
      var text = title && title.firstElementChild ? title.firstElementChild : title;
      link.textContent = text ? text.textContent.trim() : item.id;
      if (index > 0) line.appendChild(document.createTextNode(", "));
      line.appendChild(link);
    });
    box.appendChild(line);
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  apply();
  showNow();
})();
