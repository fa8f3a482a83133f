/**
 * Which question of the form an answer of `npm run new` comes from, so that a
 * problem the content check finds later (`times.0.to`, `hosts.1.role`) is shown
 * next to the question the volunteer answered (`to`, `host2_role`). Its own file
 * because it is the one map from the entry's fields back to the form.
 */

/** Which question an answer of `npm run new` comes from (`times.0.to` → `to`, `hosts.1.role` → `host2_role`). */
export function questionOf(answerField: string): string {
  const [head, index, rest] = answerField.split(".");
  switch (head) {
    case "title":
      return "name";
    case "times":
      if (index !== undefined && index !== "0") return "more_times";
      if (rest === "from" || rest === "to" || rest === "days" || rest === "weeks") return rest;
      if (rest === "every" || rest === "starting") return "starting";
      return "days";
    case "languages":
      return "languages";
    case "womenOnly":
    case "walkIn":
    case "bringSomeone":
    case "children":
    case "wheelchair":
      return "facts";
    case "hosts":
    case "hostRole":
    case "hostOrganisation": {
      const which = head === "hosts" && index === "1" ? "host2" : "host1";
      const part = head === "hostOrganisation" || rest === "organisation" ? "organisation" : "role";
      return `${which}_${part}`;
    }
    case "whatsapp":
    case "afterHours":
      return "contact_facts";
    case "place":
    case "address":
      return head === "address" ? "address" : "place";
    default:
      return head ?? "name";
  }
}
