import { useState } from "react";
import type { AccountSnapshot } from "../../bindings";
import { backend, describeError } from "../../lib/backend";
import { StakeholderMap } from "../map/StakeholderMap";
import { PlanView } from "../plan/PlanView";
import { StepBar } from "../plan/StepBar";
import type { AccountScreen } from "../plan/steps";
import { PersonDetails } from "./PersonDetails";

type Props = {
  snapshot: AccountSnapshot;
  onBack: () => void;
  /** The account changed in the workspace (e.g. after a layout): show this version. */
  onChange: (snapshot: AccountSnapshot) => void;
  onError: (message: string) => void;
};

/** One account: the map in the centre, the selected person on the right. */
export function AccountView({ snapshot, onBack, onChange, onError }: Props) {
  const layOut = async () => {
    try {
      onChange(await backend.layoutMap(snapshot.account.id, "full"));
    } catch (err) {
      onError(describeError(err));
    }
  };
  const [selected, setSelected] = useState<string | null>(null);
  const [screen, setScreen] = useState<AccountScreen>("map");
  const { account } = snapshot;
  const active = snapshot.stakeholders.filter((s) => s.status === "active").length;
  return (
    <div className="account">
      <header className="account-bar">
        <button type="button" className="back" onClick={onBack} aria-label="Back to all accounts">
          ← Accounts
        </button>
        <h1>{account.name}</h1>
        <span className="account-meta">
          {account.industry}
          {account.relationshipWord && (
            <>
              {" · "}relationship: <strong>{account.relationshipWord}</strong>
            </>
          )}
          {" · "}
          {active} people · {snapshot.team.length} of ours
        </span>
      </header>
      <StepBar snapshot={snapshot} current={screen} onGo={setScreen} />
      {screen !== "map" ? (
        <PlanView
          snapshot={snapshot}
          step={screen}
          onEdited={(edit) => onChange(edit.snapshot)}
          onError={onError}
          onShowOnMap={() => setScreen("map")}
        />
      ) : (
      <div className="account-body">
        <StakeholderMap snapshot={snapshot} onSelect={setSelected} onLayout={layOut} />
        {/* The inspector only takes room from the map while someone is selected. */}
        {selected && (
          <aside className="inspector" aria-label="Inspector">
            <button type="button" className="close" aria-label="Close the inspector" onClick={() => setSelected(null)}>
              ×
            </button>
            <PersonDetails snapshot={snapshot} personId={selected} />
          </aside>
        )}
      </div>
      )}
    </div>
  );
}
