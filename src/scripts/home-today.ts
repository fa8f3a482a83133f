/**
 * The home page's "today", read on a later day than it was built: takes that day's
 * first rows, its date and how many there are from that day's own page (same site,
 * built for two weeks of days) and puts them in place of the build day's. Past the
 * last built day, or offline, it says the list may be out of date and links to the
 * week. On the build day it does nothing: the page is right as it is. The date comes
 * from the "now" script (scripts/now.ts), in the site's time zone.
 */
async function showDay(box: HTMLElement, date: string): Promise<void> {
  const { built = "", until = "" } = box.dataset;
  const day = box.querySelector<HTMLElement>("[data-day]");
  const notice = box.querySelector<HTMLElement>("[data-stale-notice]");
  const more = box.querySelector<HTMLAnchorElement>("[data-day-more] a");
  if (!day || !notice || !more || date <= built) return;
  day.hidden = true;
  notice.hidden = true;
  try {
    if (date > until) throw new Error("past the last built day");
    const href = (more.getAttribute("href") ?? "").replace(built, date);
    const response = await fetch(href);
    if (!response.ok) throw new Error(String(response.status));
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    const label = page.querySelector("[data-day-label]")?.textContent ?? "";
    const count = Number(page.querySelector("[data-day-count]")?.getAttribute("data-day-count"));
    const rows = [...page.querySelectorAll("[data-day-rows] > li")].slice(
      0,
      Number(box.dataset.limit),
    );
    const list = day.querySelector<HTMLElement>("[data-day-rows]");
    const none = day.querySelector<HTMLElement>("[data-day-none]");
    const dateLabel = day.querySelector<HTMLElement>("[data-day-label]");
    if (!list || !none || !dateLabel || !label) throw new Error("not a day page");
    list.replaceChildren(...rows.map((row) => document.importNode(row, true)));
    list.hidden = rows.length === 0;
    none.hidden = rows.length > 0;
    dateLabel.textContent = label;
    more.href = href;
    more.parentElement!.hidden = !(count > rows.length);
    day.dataset.day = date;
    day.hidden = false;
    // The "now" script marks what is open in the new rows.
    document.dispatchEvent(new Event("buurtgids:rows"));
  } catch {
    notice.hidden = false;
  }
}

document.addEventListener("buurtgids:today", (event) => {
  const box = document.querySelector<HTMLElement>("[data-today-box]");
  if (box) void showDay(box, (event as CustomEvent<string>).detail);
});
