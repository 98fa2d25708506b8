import { useState } from "react";
import type { InteractionKind } from "../../bindings";
import { backend } from "../../lib/backend";
import { formatDate } from "../../lib/format";
import { ConfirmButton } from "../../shared/ConfirmButton";
import { EnumSelect } from "../../shared/EnumSelect";
import { Field } from "../../shared/Field";
import type { FieldErrors } from "../../shared/fieldError";
import { INTERACTION_KIND_COLOUR, INTERACTION_KIND_LABEL, INTERACTION_KINDS, nameOf } from "../../shared/words";
import { ChipSelect, Panel } from "./controls";
import type { StepProps } from "./editing";
import { DateField } from "../../shared/DateField";
import { internalNotesShown, useClientInRoom } from "../clientsafe";

/** The interaction log: add what happened, newest first. It feeds last contact and Analyse's mix. */
export function InteractionLog({ snapshot, today, save, onShowOnMap }: StepProps) {
  const accountId = snapshot.account.id;
  const [kindFilter, setKindFilter] = useState<InteractionKind | "all">("all");
  const shown = snapshot.interactions.filter((i) => kindFilter === "all" || i.kind === kindFilter);
  // With the client in the room: none of our notes on what happened (core's client-safe rule, as the PDF).
  const notesShown = internalNotesShown(useClientInRoom());
  return (
    <div className="plan-grid log">
      <div className="plan-column">
        <InteractionForm key={snapshot.interactions.length} {...{ snapshot, today, save }} />
      </div>
      <div className="plan-column wide">
        <Panel
          title={`Log · ${snapshot.interactions.length}`}
          actions={
            <label className="plan-inline-field">
              <span>Show</span>
              <EnumSelect
                values={["all", ...INTERACTION_KINDS] as const}
                labels={(k) => (k === "all" ? "All kinds" : INTERACTION_KIND_LABEL[k])}
                value={kindFilter}
                onChange={setKindFilter}
              />
            </label>
          }
        >
          <ul className="plan-list interaction-list">
            {shown.map((i) => (
              <li key={i.id} className="interaction-row" data-interaction={notesShown ? i.note : undefined}>
                <span className="log-date">{formatDate(i.date)}</span>
                <div className="goal-main">
                  <span className="kind-badge" style={{ borderColor: INTERACTION_KIND_COLOUR[i.kind], color: INTERACTION_KIND_COLOUR[i.kind] }}>
                    {INTERACTION_KIND_LABEL[i.kind]}
                  </span>
                  <span>
                    <button type="button" className="plan-button link inline" onClick={() => onShowOnMap(i.stakeholders)}>
                      {i.stakeholders.map((s) => nameOf(snapshot, s)).join(", ")}
                    </button>
                    {i.teamMembers.length > 0 && (
                      <span className="plan-sub-inline"> with {i.teamMembers.map((t) => nameOf(snapshot, t)).join(", ")}</span>
                    )}
                  </span>
                  {notesShown && i.note && <span className="initiative-notes">{i.note}</span>}
                </div>
                <ConfirmButton
                  label={`Delete the interaction of ${formatDate(i.date)}`}
                  confirmLabel="Delete it"
                  onConfirm={() => void save(() => backend.deleteInteraction(accountId, i.id))}
                />
              </li>
            ))}
            {shown.length === 0 && <li className="plan-muted">Nothing logged{kindFilter === "all" ? " yet" : " of this kind"}.</li>}
          </ul>
        </Panel>
      </div>
    </div>
  );
}

function InteractionForm({ snapshot, today, save }: Pick<StepProps, "snapshot" | "today" | "save">) {
  const [date, setDate] = useState(today);
  const [kind, setKind] = useState<InteractionKind>("relationshipBuilding");
  const [theirs, setTheirs] = useState<string[]>([]);
  const [ours, setOurs] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  return (
    <Panel title="Log an interaction">
      <p className="plan-help">Updates each person's last contact, so stale-contact findings clear.</p>
      <form
        className="plan-form"
        aria-label="Log an interaction"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(
            () =>
              backend.logInteraction(snapshot.account.id, { date, kind, stakeholders: theirs, teamMembers: ours, note }),
            (err) => setErrors({ [err.field]: err.message }),
          );
        }}
      >
        <Field label="Date" error={errors.date}>
            <DateField
              className="plan-input"
              name="date"
              value={date}
              max={today}
              aria-invalid={errors.date ? true : undefined}
              onChange={setDate}
            />
          </Field>
          <Field label="Kind">
            <EnumSelect name="kind" values={INTERACTION_KINDS} labels={INTERACTION_KIND_LABEL} value={kind} onChange={setKind} />
          </Field>
        <ChipSelect
          legend="Their people"
          options={snapshot.stakeholders
            .filter((s) => s.status === "active")
            .map((s) => ({ value: s.id, label: s.name, name: s.name }))}
          selected={theirs}
          onChange={setTheirs}
          error={errors.stakeholders}
        />
        <ChipSelect
          legend="Our team"
          options={snapshot.team.map((t) => ({ value: t.id, label: t.name, name: t.name }))}
          selected={ours}
          onChange={setOurs}
          error={errors.teamMembers}
        />
        <Field label="Note">
          <textarea
            className="plan-textarea"
            name="note"
            rows={2}
            value={note}
            placeholder="What happened, in a sentence"
            onChange={(e) => setNote(e.target.value)}
          />
        </Field>
        <div className="plan-actions">
          <button type="submit" className="plan-button primary">
            Log interaction
          </button>
        </div>
      </form>
    </Panel>
  );
}
