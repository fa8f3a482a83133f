/**
 * A page of days (components/DayWindow.astro) read on a later day than it was built:
 * hides the days that are past and shows as many after them, so today comes first
 * (lib/guide/day-view.ts), and marks today's link. The date comes from the "now"
 * script (scripts/now.ts), in the site's time zone.
 */
import { dayView, daysShown } from "../lib/guide/day-view.ts";

document.addEventListener("buurtgids:today", (event) => {
  const days = [...document.querySelectorAll<HTMLElement>('[data-day-mode="window"]')];
  const listed = [...new Set(days.map((day) => day.dataset.day ?? ""))].sort();
  const view = dayView(listed, (event as CustomEvent<string>).detail, daysShown);
  // The device's clock is behind the build: leave the page as it was built.
  if (view.state === "before") return;
  for (const day of days) {
    const date = day.dataset.day ?? "";
    day.hidden = !view.shown.includes(date);
    const link = day.querySelector("[data-day-link]");
    if (date === view.today) link?.setAttribute("aria-current", "date");
    else link?.removeAttribute("aria-current");
  }
});
