// A choice of one of an enum's values, each shown in the room's words.
import type { CSSProperties } from "react";
import { Field, FieldRow, useFieldLook } from "./Field";

/** The words for each value: a table (e.g. GOAL_STATUS_LABEL) or a function. */
export type EnumLabels<T extends string> = Readonly<Record<T, string>> | ((value: T) => string);

function labelOf<T extends string>(labels: EnumLabels<T>, value: T): string {
  return typeof labels === "function" ? labels(value) : labels[value];
}

export function EnumSelect<T extends string>({
  values,
  labels,
  value,
  onChange,
  placeholder,
  className,
  name,
  label,
  style,
  disabled,
}: {
  values: readonly T[];
  labels: EnumLabels<T>;
  /** null shows `placeholder` (or a dash) until a value is chosen. */
  value: T | null;
  onChange: (value: T) => void;
  placeholder?: string;
  /** Classes added to the look's own. */
  className?: string;
  name?: string;
  /** The accessible name, when no visible label names the select. */
  label?: string;
  style?: CSSProperties;
  disabled?: boolean;
}) {
  const look = useFieldLook();
  const classes = [look.select, className].filter(Boolean).join(" ") || undefined;
  return (
    <select
      className={classes}
      name={name}
      aria-label={label}
      value={value ?? ""}
      style={style}
      disabled={disabled}
      onChange={(e) => e.target.value && onChange(e.target.value as T)}
    >
      {value === null && <option value="">{placeholder ?? "—"}</option>}
      {values.map((v) => (
        <option key={v} value={v}>
          {labelOf(labels, v)}
        </option>
      ))}
    </select>
  );
}

/**
 * A change from one value to another (attitude neutral → supporter, coverage aware → trusted):
 * two selects over the same values side by side. The compact look leaves out the arrow; its
 * labels ("Strength now", "Should become") carry the direction.
 */
export function FromToSelects<T extends string>({
  values,
  labels,
  from,
  to,
  onFrom,
  onTo,
  fromLabel,
  toLabel,
  fromName,
  toName,
}: {
  values: readonly T[];
  labels: EnumLabels<T>;
  from: T;
  to: T;
  onFrom: (value: T) => void;
  onTo: (value: T) => void;
  /** The visible labels of the two fields. */
  fromLabel: string;
  toLabel: string;
  /** Accessible names of the selects when the visible labels are too short to say what they choose. */
  fromName?: string;
  toName?: string;
}) {
  const look = useFieldLook();
  return (
    <FieldRow className={look.compact ? undefined : "target-row"}>
      <Field label={fromLabel}>
        <EnumSelect values={values} labels={labels} value={from} onChange={onFrom} label={fromName} />
      </Field>
      {!look.compact && (
        <span className="target-arrow" aria-hidden>
          →
        </span>
      )}
      <Field label={toLabel}>
        <EnumSelect values={values} labels={labels} value={to} onChange={onTo} label={toName} />
      </Field>
    </FieldRow>
  );
}
