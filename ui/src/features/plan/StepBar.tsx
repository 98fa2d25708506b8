import type { AccountSnapshot } from "../../bindings";
import { type AccountScreen, PLAN_STEPS } from "./steps";

type Props = {
  snapshot: AccountSnapshot;
  current: AccountScreen;
  onGo: (screen: AccountScreen) => void;
};

/** The account's sections: the map, the six plan steps (any order) and the interaction log. */
export function StepBar({ current, onGo }: Props) {
  const tab = (screen: AccountScreen, label: string) => (
    <button
      key={screen}
      type="button"
      role="tab"
      aria-selected={current === screen}
      className={current === screen ? "step-tab current" : "step-tab"}
      onClick={() => onGo(screen)}
    >
      {label}
    </button>
  );
  return (
    <nav className="step-bar" role="tablist" aria-label="Account plan steps">
      {tab("map", "Map")}
      {PLAN_STEPS.map((s) => tab(s.id, `${s.number} ${s.title}`))}
      {tab("log", "Interactions")}
    </nav>
  );
}
