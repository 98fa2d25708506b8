import type { Strength } from "../../bindings";
import { STRENGTHS, STRENGTH_LABEL } from "../../shared/visualLanguage";

/** A choice of coverage strength, none to advisor. */
export function StrengthSelect({ value, onChange }: { value: Strength; onChange: (strength: Strength) => void }) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value as Strength)}>
      {STRENGTHS.map((s) => (
        <option key={s} value={s}>
          {STRENGTH_LABEL[s]}
        </option>
      ))}
    </select>
  );
}
