/**
 * Icon registry: one Tabler icon (MIT) per enumerated fact, drawn into the page at
 * build time (icon-drawing.ts), so no icon font and no runtime fetch.
 */
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
