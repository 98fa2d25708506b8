import { useEffect, useState } from "react";
import type { AccountSnapshot, StepProgress } from "../../bindings";
import { stepProgressShown, useClientInRoom } from "../clientsafe";
import { useOverview } from "./data";
import "./plan.css";
import { clock, elapsed, isRunning, newTimer, pause, reset, start, switchTo, type TimerState } from "./stepTimer";
import { type AccountScreen, isPlanStep, PLAN_STEPS, type PlanStepId, stepInfo } from "./steps";

type Props = {
  snapshot: AccountSnapshot;
  current: AccountScreen;
  onGo: (screen: AccountScreen) => void;
};

/**
 * The account's sections: the map, the six plan steps (any order, each with how complete it is),
 * the interaction log, and the workshop's step timer.
 */
export function StepBar({ snapshot, current, onGo }: Props) {
  const overview = useOverview(snapshot);
  // Time counts for the plan step on screen; on the map or the log it keeps counting for the last
  // step shown.
  const [timer, setTimer] = useState<TimerState>(() => newTimer(isPlanStep(current) ? current : "understand"));
  const go = (screen: AccountScreen) => {
    if (isPlanStep(screen)) setTimer((t) => switchTo(t, screen, Date.now()));
    onGo(screen);
  };
  // With the client in the room the marks count only what the client may see (core's client-safe
  // progress), so "4/30 findings" does not give away the hidden ones.
  const clientInRoom = useClientInRoom();
  const steps = overview ? stepProgressShown(overview, clientInRoom) : undefined;
  const progress = (id: PlanStepId): StepProgress | undefined => steps?.find((s) => s.step === id);
  const tab = (screen: AccountScreen, label: string, mark?: StepProgress) => (
    <button
      key={screen}
      type="button"
      role="tab"
      aria-selected={current === screen}
      className={current === screen ? "step-tab current" : "step-tab"}
      onClick={() => go(screen)}
      title={mark?.summary}
      data-step={screen}
    >
      <span className="step-tab-label">{label}</span>
      {mark && (
        <span className={mark.complete ? "step-mark complete" : "step-mark"} aria-label={mark.summary}>
          {mark.complete ? "✓ " : ""}
          {mark.mark}
        </span>
      )}
    </button>
  );
  return (
    <nav className="step-bar" aria-label="Account plan steps">
      <div className="step-tabs" role="tablist" aria-label="Account plan steps">
        {tab("map", "Map")}
        {PLAN_STEPS.map((s) => tab(s.id, `${s.number} ${s.title}`, progress(s.id)))}
        {tab("log", "Interactions")}
      </div>
      <StepTimer timer={timer} onChange={setTimer} />
    </nav>
  );
}

/** Time spent on the current step against its share of the workshop. */
function StepTimer({ timer, onChange }: { timer: TimerState; onChange: (change: (t: TimerState) => TimerState) => void }) {
  const [now, setNow] = useState(() => Date.now());
  const running = isRunning(timer);
  useEffect(() => {
    if (!running) return;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [running]);
  const step = stepInfo(timer.step);
  const spent = elapsed(timer, timer.step, running ? now : 0);
  const budget = step.minutes * 60_000;
  const over = spent > budget;
  const act = (change: (t: TimerState, at: number) => TimerState) => {
    const at = Date.now();
    setNow(at);
    onChange((t) => change(t, at));
  };
  return (
    <div className={over ? "step-timer over" : "step-timer"} role="group" aria-label="Step timer">
      <span className="step-timer-step">{step.title}</span>
      <span className="step-timer-clock" aria-live="off" aria-label={`${clock(spent)} of ${step.minutes} minutes`}>
        <span className="step-timer-spent">{clock(spent)}</span>
        <span className="step-timer-budget"> / {clock(budget)}</span>
      </span>
      {running ? (
        <button type="button" className="timer-button" onClick={() => act(pause)} aria-label="Pause the step timer" title="Pause">
          ❚❚
        </button>
      ) : (
        <button type="button" className="timer-button" onClick={() => act(start)} aria-label="Start the step timer" title="Start">
          ▶
        </button>
      )}
      <button type="button" className="timer-button" onClick={() => act(reset)} aria-label={`Reset the timer of ${step.title}`} title="Reset">
        ↺
      </button>
    </div>
  );
}
