/**
 * Icon registry: one Tabler icon (MIT) per enumerated fact, inlined as SVG at build
 * time, so no icon font and no runtime fetch.
 */
import { getIconData, iconToSVG } from "@iconify/utils";
import tabler from "@iconify-json/tabler/icons.json" with { type: "json" };
import type { IconifyJSON } from "@iconify/types";
import type { HostRole, InitiativeFlag, InitiativeType, Need } from "./facts.ts";

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

/** Icons for the other facts shown on cards and pages. */
export const factIcons = {
  time: "clock",
  days: "calendar-week",
  place: "map-pin",
  map: "map-2",
  cost: "coin-euro",
  free: "gift",
  languages: "language",
  phone: "phone",
  whatsapp: "brand-whatsapp",
  email: "mail",
  afterHours: "moon-stars",
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

/** The SVG body and viewBox of a Tabler icon; throws for an unknown name. */
export function iconSvg(name: string): InlineSvg {
  const data = getIconData(tabler as IconifyJSON, name);
  if (!data) throw new Error(`Unknown icon "${name}"`);
  const svg = iconToSVG(data);
  return { viewBox: svg.attributes.viewBox, body: svg.body };
}
