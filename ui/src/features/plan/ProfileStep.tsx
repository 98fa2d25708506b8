// The account's profile and economics: who the client is (industry, region, size, currency,
// revenue with us, lifecycle stage), what the account is worth over time (lifetime value), how
// they rate us over time (NPS) and whether they would speak for us (reference-ability). Every
// field saves on its own as one undoable step; a refused value is shown beside its field and
// nothing is saved.
import { useState } from "react";
import type { AccountProfile, Referenceability } from "../../bindings";
import { amountText, parseAmount } from "../../lib/amounts";
import { backend } from "../../lib/backend";
import type { FieldErrors } from "../../shared/fieldError";
import { REFERENCE_KIND_LABEL, REFERENCE_KINDS } from "../../shared/words";
import { Panel } from "./controls";
import type { StepProps } from "./editing";
import { LifetimeValuePanel } from "./LifetimeValuePanel";
import { NpsPanel } from "./NpsPanel";
import { CommitField, LifecycleSteps, profileOf } from "./profileFields";
import { ReferenceRequestsPanel } from "./ReferenceRequestsPanel";
import { useClientInRoom } from "../clientsafe";

const SIZE_BANDS = ["1–49 employees", "50–249 employees", "250–999 employees", "1,000–4,999 employees", "5,000–19,999 employees", "20,000+ employees"];

/** Saves one change of the profile; a refusal is shown beside the field it names. */
export type SaveProfile = (change: Partial<AccountProfile>, field: string) => void;

export function ProfileStep({ snapshot, today, save, onOpenAccount }: StepProps & { onOpenAccount?: ((id: string) => void) | undefined }) {
  const { account } = snapshot;
  const clientInRoom = useClientInRoom();
  const [errors, setErrors] = useState<FieldErrors>({});
  const clear = (field: string) =>
    setErrors((all) => Object.fromEntries(Object.entries(all).filter(([f]) => f !== field)));
  const saveProfile: SaveProfile = (change, field) =>
    void save(
      () => backend.setAccountProfile(account.id, { ...profileOf(account), ...change }),
      (e) => setErrors((all) => ({ ...all, [e.field]: e.message })),
    ).then((ok) => ok && clear(field));
  const text = (field: "industry" | "region" | "size" | "currency", label: string, extra: { placeholder?: string; list?: string } = {}) => (
    <CommitField
      key={`${field}:${account[field]}`}
      label={label}
      name={field}
      value={account[field]}
      error={errors[field]}
      onCommit={(value) => saveProfile({ [field]: value }, field)}
      {...extra}
    />
  );
  const reference = account.referenceability;
  const saveReference = (change: Partial<Referenceability>, field: string) =>
    saveProfile({ referenceability: { ...reference, ...change } }, field);
  const referenceText = (field: "industry" | "geography" | "size" | "problemSolved", name: string, label: string) => (
    <CommitField
      key={`${field}:${reference[field]}`}
      label={label}
      name={name}
      value={reference[field]}
      error={errors[name]}
      onCommit={(value) => saveReference({ [field]: value }, name)}
    />
  );

  return (
    <div className="profile-grid">
      <Panel title="The account" className="profile-account">
        <div className="plan-form-row">
          {text("industry", "Industry", { placeholder: "e.g. Logistics" })}
          {text("region", "Region", { placeholder: "e.g. DACH" })}
        </div>
        <div className="plan-form-row">
          {text("size", "Size", { placeholder: "e.g. 1,000–4,999 employees", list: "profile-size-bands" })}
          <datalist id="profile-size-bands">
            {SIZE_BANDS.map((b) => (
              <option key={b} value={b} />
            ))}
          </datalist>
        </div>
        <div className="plan-form-row">
          <CommitField
            key={`revenue:${account.annualRevenue}`}
            label="Annual revenue with us"
            name="annualRevenue"
            numeric
            value={amountText(account.annualRevenue)}
            placeholder="0"
            error={errors.annualRevenue}
            onCommit={(value) => {
              const amount = parseAmount(value);
              if (amount === null) setErrors((all) => ({ ...all, annualRevenue: "Enter the revenue as a number, e.g. 1,800,000." }));
              else saveProfile({ annualRevenue: amount }, "annualRevenue");
            }}
          />
          {text("currency", "Currency", { placeholder: "EUR" })}
        </div>
        <div className="plan-field">
          <span className="plan-field-label">Lifecycle stage</span>
          <LifecycleSteps value={account.lifecycleStage} onChange={(lifecycleStage) => saveProfile({ lifecycleStage }, "lifecycleStage")} />
        </div>
      </Panel>
      <LifetimeValuePanel account={account} errors={errors} onSave={saveProfile} />
      <NpsPanel snapshot={snapshot} today={today} save={save} />
      {/* The requests sit right under the reference-ability they come from. */}
      <div className="profile-column">
      <Panel title="Reference-ability" className="profile-reference">
        <fieldset className="plan-chips">
          <legend className="plan-field-label">Willing to</legend>
          <div className="reference-kinds">
            {REFERENCE_KINDS.map((kind) => (
              <label key={kind} className="reference-kind">
                <input
                  type="checkbox"
                  checked={reference.willingTo.includes(kind)}
                  onChange={(e) =>
                    saveReference(
                      { willingTo: e.target.checked ? [...reference.willingTo, kind] : reference.willingTo.filter((k) => k !== kind) },
                      "willingTo",
                    )
                  }
                />
                {REFERENCE_KIND_LABEL[kind]}
              </label>
            ))}
          </div>
        </fieldset>
        <p className="plan-help">What a prospect would match them on:</p>
        <div className="plan-form-row">
          {referenceText("industry", "referenceIndustry", "Industry")}
          {referenceText("geography", "referenceGeography", "Geography")}
          {referenceText("size", "referenceSize", "Size")}
        </div>
        {referenceText("problemSolved", "problemSolved", "Problem we solved")}
      </Panel>
      {/* Who asked whom is our sales business, not the client's: hidden while they are in the room. */}
      {!clientInRoom && <ReferenceRequestsPanel snapshot={snapshot} save={save} onOpenAccount={onOpenAccount} />}
      </div>
    </div>
  );
}
