/** Column runs that both spreadsheets (for machines and for people) share, in order. */

/** The yes/no facts of an initiative. */
export const flagColumns = [
  "womenOnly",
  "walkIn",
  "bringSomeone",
  "children",
  "wheelchair",
] as const;

/** Who runs it and how to reach them, then when a volunteer last checked it. */
export const contactColumns = [
  "hosts",
  "phone",
  "whatsapp",
  "email",
  "afterHours",
  "lastVerified",
] as const;
