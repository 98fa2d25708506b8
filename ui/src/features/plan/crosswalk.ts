// Other methods' words for a person (Miller Heiman's "economic buyer", a "coach") read through
// the core's crosswalk, as the Identify table offers them.
import type { CrosswalkEntry, Role } from "../../bindings";
import { ROLES } from "../../shared/visualLanguage";

/** Lower-case, single spaces, hyphens and underscores as spaces: how the core's crosswalk reads words. */
function normalise(word: string): string {
  return word
    .split(/[\s_-]+/)
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
}

/**
 * The crosswalk's entry for another method's word ("Economic-Buyer" finds "economic buyer"), or
 * null for a word the crosswalk does not know.
 */
export function crosswalkFor(word: string, crosswalk: CrosswalkEntry[]): CrosswalkEntry | null {
  const wanted = normalise(word);
  if (!wanted) return null;
  return crosswalk.find((e) => e.term === wanted) ?? null;
}

/** The person's roles with those the word maps to added (never removed), in B, G, U order. */
export function withCrosswalkRoles(roles: Role[], word: string, crosswalk: CrosswalkEntry[]): Role[] {
  const entry = crosswalkFor(word, crosswalk);
  const all = new Set<Role>([...roles, ...(entry?.roles ?? [])]);
  return ROLES.filter((r) => all.has(r));
}
