/**
 * Corrects a page built on another day: shows the right "today", marks what is open
 * now and what is next, all in the site's time zone (never the device's). The page
 * is already correct for its build day without this script.
 *
 * Days (`[data-day]`) say how they follow the date: `switch` shows only today,
 * `window` shows today and the days after it (lib/guide/now-marks.ts `dayView`), so
 * past days are gone and today comes first; `fetch` days load themselves
 * (scripts/home-today.ts). Days without a mode only get their "today" badge.
 */
import { today } from "../lib/schedule/zone.ts";
import { dayView, daysShown, nowMarks } from "../lib/guide/now-marks.ts";

function markDays(siteToday: string): void {
  const days = [...document.querySelectorAll<HTMLElement>("[data-day]")].filter(
    (day) => day.dataset.dayMode !== "fetch",
  );
  if (days.length === 0) return;
  const listed = [...new Set(days.map((d) => d.dataset.day ?? ""))].sort();
  const view = dayView(listed, siteToday, daysShown);
  // The device's clock is behind the build: leave the page as it was built.
  if (view.state === "before") return;
  for (const day of days) {
    const date = day.dataset.day ?? "";
    const isToday = date === view.today;
    if (day.dataset.dayMode === "switch") day.hidden = !isToday;
    if (day.dataset.dayMode === "window") day.hidden = !view.shown.includes(date);
    for (const badge of day.querySelectorAll<HTMLElement>("[data-today-badge]")) {
      badge.hidden = !isToday;
    }
    for (const link of day.querySelectorAll<HTMLElement>("[data-day-link]")) {
      if (isToday) link.setAttribute("aria-current", "date");
      else link.removeAttribute("aria-current");
    }
    day.toggleAttribute("data-is-today", isToday);
  }
  for (const notice of document.querySelectorAll<HTMLElement>("[data-stale-notice]")) {
    if (!notice.closest("[data-today-box]")) notice.hidden = view.today !== undefined;
  }
}

function markOccurrences(now: number): void {
  const rows = [...document.querySelectorAll<HTMLElement>("[data-start]")].filter(
    (row) => !row.closest("[hidden]"),
  );
  const marks = nowMarks(
    rows.map((row) => ({ start: Number(row.dataset.start), end: Number(row.dataset.end) })),
    now,
  );
  rows.forEach((row, index) => {
    const open = marks.open.includes(index);
    const next = marks.next === index;
    row.classList.toggle("is-open", open);
    row.querySelector("[data-open-label]")?.classList.toggle("hidden", !open);
    row.querySelector("[data-next-label]")?.classList.toggle("hidden", !next);
  });
}

const timeZone = document.body.dataset.timeZone;
if (timeZone) {
  const now = new Date();
  markDays(today(now, timeZone));
  markOccurrences(now.getTime());
  // Rows put in later (the home page's today, read after its build day).
  document.addEventListener("buurtgids:rows", () => markOccurrences(Date.now()));
}
