// Which lines can join two people, in the map's rules: theirs report, influence and clash with
// each other; ours cover theirs. Pure, so the choices are tested without a DOM.
import type { AccountSnapshot, NewLine, Strength } from "../../bindings";

export type ConnectOption = { key: string; label: string; line: NewLine };

export function connectOptions(
  snapshot: AccountSnapshot,
  a: string,
  b: string,
  strength: Strength = "aware",
  desired: Strength = "trusted",
): ConnectOption[] | string {
  const theirs = (id: string) => snapshot.stakeholders.find((s) => s.id === id);
  const ours = (id: string) => snapshot.team.find((t) => t.id === id);
  if (a === b) return "A person cannot be linked to themselves.";
  const [sa, sb, ta, tb] = [theirs(a), theirs(b), ours(a), ours(b)];
  if (ta && tb) return `${ta.name} and ${tb.name} are both on our team; our people cover client stakeholders, not each other.`;
  const covering = ta && sb ? { t: ta, s: sb } : tb && sa ? { t: tb, s: sa } : null;
  if (covering) {
    return [
      {
        key: "covers",
        label: `${covering.t.name} covers ${covering.s.name}`,
        line: { kind: "covers", teamMember: covering.t.id, stakeholder: covering.s.id, strength, desired },
      },
    ];
  }
  if (!sa || !sb) return "One of these people is no longer on the map.";
  return [
    { key: "reports", label: `${sa.name} reports to ${sb.name}`, line: { kind: "reportsTo", stakeholder: a, manager: b, dotted: false } },
    { key: "reportsBack", label: `${sb.name} reports to ${sa.name}`, line: { kind: "reportsTo", stakeholder: b, manager: a, dotted: false } },
    { key: "dotted", label: `${sa.name} has a dotted line to ${sb.name}`, line: { kind: "reportsTo", stakeholder: a, manager: b, dotted: true } },
    { key: "dottedBack", label: `${sb.name} has a dotted line to ${sa.name}`, line: { kind: "reportsTo", stakeholder: b, manager: a, dotted: true } },
    { key: "influences", label: `${sa.name} influences ${sb.name}`, line: { kind: "influences", from: a, to: b } },
    { key: "influencesBack", label: `${sb.name} influences ${sa.name}`, line: { kind: "influences", from: b, to: a } },
    { key: "conflict", label: `${sa.name} and ${sb.name} are in conflict`, line: { kind: "conflictsWith", from: a, to: b } },
  ];
}
