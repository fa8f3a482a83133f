/**
 * Icon registry: one Tabler icon (MIT) per enumerated fact, inlined as SVG at build
 * time, so no icon font and no runtime fetch.
 */
import { getIconData, iconToSVG } from "@iconify/utils";
import tabler from "@iconify-json/tabler/icons.json" with { type: "json" };
import type { IconifyJSON } from "@iconify/types";
import type {
  ContactChannel,
  CostKind,
  HostRole,
  InitiativeFlag,
  InitiativeType,
  Need,
  PartOfDay,
  Weekday,
} from "./facts.ts";

export const needIcons: Record<Need, string> = {
  meet: "users-group",
  talk: "message-circle",
  share: "heart-handshake",
  move: "walk",
  food: "tools-kitchen-2",
  create: "palette",
  learn: "book",
  money: "coin-euro",
  children: "mood-kid",
};

export const typeIcons: Record<InitiativeType, string> = {
  group: "users",
  activity: "puzzle",
  dropin: "door-enter",
};

export const flagIcons: Record<InitiativeFlag, string> = {
  walkIn: "door-enter",
  bringSomeone: "user-plus",
  womenOnly: "woman",
  children: "mood-kid",
  wheelchair: "wheelchair",
};

export const roleIcons: Record<HostRole, string> = {
  "peer-worker": "heart-handshake",
  volunteer: "hand-love-you",
  resident: "home-heart",
  "social-worker": "user-heart",
  nurse: "first-aid-kit",
  professional: "user-check",
};

/** Weekdays as numbered squares, Monday = 1 (ISO), beside the seven-day strip. */
export const weekdayIcons: Record<Weekday, string> = {
  mo: "square-rounded-number-1",
  tu: "square-rounded-number-2",
  we: "square-rounded-number-3",
  th: "square-rounded-number-4",
  fr: "square-rounded-number-5",
  sa: "square-rounded-number-6",
  su: "square-rounded-number-7",
};

export const partOfDayIcons: Record<PartOfDay, string> = {
  morning: "sunrise",
  afternoon: "sun",
  evening: "moon",
};

export const contactIcons: Record<ContactChannel, string> = {
  phone: "phone",
  whatsapp: "brand-whatsapp",
  email: "mail",
  afterHours: "moon-stars",
};

export const costIcons: Record<CostKind, string> = {
  free: "gift",
  paid: "coin-euro",
};

/** Icon for any spoken language (its name, in its own script, is the label). */
export const spokenLanguageIcon = "language";

/** Icons for the other facts shown on cards and pages. */
export const factIcons = {
  time: "clock",
  days: "calendar-week",
  place: "map-pin",
  map: "map-2",
  phone: "phone",
  online: "world",
  closed: "alert-triangle",
  info: "info-circle",
  today: "sun",
  evening: "moon",
  week: "calendar",
  home: "home",
  search: "search",
} as const;

export interface InlineSvg {
  viewBox: string;
  body: string;
}

/** Each icon drawn once per build: an entry page shows some thirty. */
const drawn = new Map<string, InlineSvg>();

/** The SVG body and viewBox of a Tabler icon; throws for an unknown name. */
export function iconSvg(name: string): InlineSvg {
  let icon = drawn.get(name);
  if (!icon) {
    const data = getIconData(tabler as IconifyJSON, name);
    if (!data) throw new Error(`Unknown icon "${name}"`);
    const svg = iconToSVG(data);
    icon = { viewBox: svg.attributes.viewBox, body: svg.body };
    drawn.set(name, icon);
  }
  return icon;
}

/** An attribute's value as Astro writes it (`&` and `"` escaped). */
function attributeValue(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
}

/** Each icon element written once per name, class and label: the same few recur on every page. */
const written = new Map<string, string>();

/**
 * The whole `<svg>` element of an icon. Decorative (hidden from screen readers) unless
 * it has a `label`, which it then carries as its accessible name.
 */
export function iconHtml(name: string, className: string, label?: string): string {
  const key = `${name}\n${className}\n${label ?? ""}`;
  let html = written.get(key);
  if (html === undefined) {
    const svg = iconSvg(name);
    const open = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${attributeValue(svg.viewBox)}" class="${attributeValue(className)}"`;
    const role = label
      ? ` role="img" aria-label="${attributeValue(label)}"`
      : ` aria-hidden="true" focusable="false"`;
    html = `${open}${role}>${svg.body}</svg>`;
    written.set(key, html);
  }
  return html;
}
