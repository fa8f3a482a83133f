/**
 * Corrects a page built on another day: shows the right "today", marks what is open
 * now and what is next, all in the site's time zone (never the device's). The page
 * is already correct for its build day without this script.
 *
 * It tells the page's own scripts the site's date (the `buurtgids:today` event, before
 * it marks what is open: scripts/day-window.ts hides past days, home-today.ts loads a
 * later day), and marks again when rows are put in (`buurtgids:rows`). Those scripts
 * ride only on their own pages, so this one, on every page, stays small.
 */
import { today } from "../lib/schedule/zone.ts";
import { nowMarks, pickToday } from "../lib/guide/now-marks.ts";

function markDays(siteToday: string): void {
  const days = [...document.querySelectorAll<HTMLElement>("[data-day]")];
  if (days.length === 0) return;
  const shown = pickToday(
    days.map((d) => d.dataset.day ?? ""),
    siteToday,
  );
  for (const day of days) {
    const isToday = day.dataset.day === shown;
    if (day.dataset.dayMode === "switch") day.hidden = !isToday;
    for (const badge of day.querySelectorAll<HTMLElement>("[data-today-badge]")) {
      badge.hidden = !isToday;
    }
    day.toggleAttribute("data-is-today", isToday);
  }
  for (const notice of document.querySelectorAll<HTMLElement>("[data-stale-notice]")) {
    notice.hidden = shown !== undefined;
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
  const date = today(now, timeZone);
  markDays(date);
  document.dispatchEvent(new CustomEvent("buurtgids:today", { detail: date }));
  markOccurrences(now.getTime());
  document.addEventListener("buurtgids:rows", () => markOccurrences(Date.now()));
}
