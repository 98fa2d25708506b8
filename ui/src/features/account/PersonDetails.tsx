import type { AccountSnapshot } from "../../bindings";
import { formatDate } from "../../lib/format";
import { InfluenceMarker } from "../map/PersonCard";
import { ATTITUDE_STYLE, ROLE_STYLE, STRENGTH_LABEL, TEAM_ROLE_LABEL } from "../map/visualLanguage";

type Props = { snapshot: AccountSnapshot; personId: string };

/** The inspector's read of one person: who they are, their role and how well we know them. */
export function PersonDetails({ snapshot, personId }: Props) {
  const person = snapshot.stakeholders.find((s) => s.id === personId);
  const member = snapshot.team.find((t) => t.id === personId);
  const nameOf = (id: string) =>
    snapshot.stakeholders.find((s) => s.id === id)?.name ?? snapshot.team.find((t) => t.id === id)?.name ?? "—";

  if (member) {
    const covers = snapshot.coverage.filter((c) => c.teamMember === member.id);
    return (
      <div className="details">
        <h2>{member.name}</h2>
        <p className="details-title">{member.title}</p>
        <p>Our team · {TEAM_ROLE_LABEL[member.teamRole]}</p>
        <h3>Covers</h3>
        <ul className="details-list">
          {covers.map((c) => (
            <li key={c.id}>
              {nameOf(c.stakeholder)}: <strong>{STRENGTH_LABEL[c.strength]}</strong>
              {c.desired !== c.strength && <> (wanted: {STRENGTH_LABEL[c.desired]})</>}
            </li>
          ))}
          {covers.length === 0 && <li>Nobody yet.</li>}
        </ul>
      </div>
    );
  }
  if (!person) return null;

  const attitude = ATTITUDE_STYLE[person.attitude];
  const managers = snapshot.reportsTo.filter((r) => r.stakeholder === person.id);
  const coveredBy = snapshot.coverage.filter((c) => c.stakeholder === person.id);
  return (
    <div className="details">
      <h2 className={person.status === "leftCompany" ? "left-company-name" : undefined}>{person.name}</h2>
      <p className="details-title">
        {person.title}
        {person.department && ` · ${person.department}`}
      </p>
      {person.status === "leftCompany" && <p className="warning">Has left the company.</p>}
      <dl>
        <dt>Roles</dt>
        <dd>
          {person.roles.map((r) => ROLE_STYLE[r].label).join(", ") || "None yet"}
          {person.roleTag && ` (${person.roleTag})`}
        </dd>
        <dt>Attitude</dt>
        <dd style={{ color: attitude.colour }}>
          {attitude.mark} {attitude.label}
        </dd>
        <dt>Influence</dt>
        <dd>
          <InfluenceMarker level={person.influence} /> {person.influence} of 5
        </dd>
        <dt>Reports to</dt>
        <dd>
          {managers.map((m) => `${nameOf(m.manager)}${m.dotted ? " (dotted line)" : ""}`).join(", ") || "Nobody on the map"}
        </dd>
        <dt>Last contact</dt>
        <dd>{formatDate(person.lastContact)}</dd>
      </dl>
      <h3>Covered by</h3>
      <ul className="details-list">
        {coveredBy.map((c) => (
          <li key={c.id}>
            {nameOf(c.teamMember)}: <strong>{STRENGTH_LABEL[c.strength]}</strong>
            {c.desired !== c.strength && <> (wanted: {STRENGTH_LABEL[c.desired]})</>}
            {c.notes && <div className="details-note">{c.notes}</div>}
          </li>
        ))}
        {coveredBy.length === 0 && <li>Nobody of ours yet.</li>}
      </ul>
    </div>
  );
}
