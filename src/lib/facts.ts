/**
 * The enumerated facts of the content contract. Every value here gets one icon and
 * one label per locale; adding a value is one entry in its list.
 */

/** Kinds of initiative: self-help or peer group, activity, peer-worker drop-in hours. */
export const initiativeTypes = ["group", "activity", "dropin"] as const;
export type InitiativeType = (typeof initiativeTypes)[number];

/** Browse-by-need keys, in the order the home page shows them. */
export const needs = [
  "meet",
  "talk",
  "share",
  "move",
  "food",
  "create",
  "learn",
  "money",
  "children",
] as const;
export type Need = (typeof needs)[number];

/** ISO weekdays, Monday first (index 0 = Monday). */
export const weekdays = ["mo", "tu", "we", "th", "fr", "sa", "su"] as const;
export type Weekday = (typeof weekdays)[number];

/** Who you meet at an initiative, honestly named. */
export const hostRoles = [
  "peer-worker",
  "volunteer",
  "resident",
  "social-worker",
  "nurse",
  "professional",
] as const;
export type HostRole = (typeof hostRoles)[number];

/** Yes/no facts of an initiative, each shown with its own icon when true. */
export const initiativeFlags = [
  "walkIn",
  "bringSomeone",
  "womenOnly",
  "children",
  "wheelchair",
] as const;
export type InitiativeFlag = (typeof initiativeFlags)[number];

/** Place values that are not a place slug. */
export const remotePlaces = ["online", "phone"] as const;
export type RemotePlace = (typeof remotePlaces)[number];

/** Parts of the day, by start time (see `partOfDay` in the schedule logic). */
export const partsOfDay = ["morning", "afternoon", "evening"] as const;
export type PartOfDay = (typeof partsOfDay)[number];

/** Ways to get in touch that an entry can list. */
export const contactChannels = ["phone", "whatsapp", "email", "afterHours"] as const;
export type ContactChannel = (typeof contactChannels)[number];

/** Cost is either free or an amount; each kind has its own icon. */
export const costKinds = ["free", "paid"] as const;
export type CostKind = (typeof costKinds)[number];
