/** Starts or leaves what-if (the toolbar and presenter mode both carry it). */
export function WhatIfButton({ on, onToggle }: { on: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      className={on ? "tool-button active" : "tool-button"}
      aria-pressed={on}
      onClick={onToggle}
      aria-keyshortcuts="W"
      title="What if someone leaves? Shows who loses their only way in, without changing anything (W)"
    >
      {on ? "Leave what-if" : "What if…"}
    </button>
  );
}
