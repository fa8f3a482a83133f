/** Who you meet, by role: each role once, in the order the entry lists its hosts. */
import type { Host } from "../content/model.ts";
import type { HostRole } from "../facts.ts";

/**
 * The roles of `hosts` without repeats (two volunteers are "volunteer" once).
 *
 * @example hostRolesOf([{ role: "volunteer" }, { role: "peer-worker" }, { role: "volunteer" }])
 * // ["volunteer", "peer-worker"]
 */
export function hostRolesOf(hosts: readonly Host[]): HostRole[] {
  return [...new Set(hosts.map((host) => host.role))];
}
