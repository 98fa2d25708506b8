// A date field that is visibly empty when it has no date and reads and shows dates in the OS
// locale's order (see lib/localDate.ts for why not WebKitGTK's own date input).
import { useEffect, useId, useMemo, useRef, useState } from "react";
import "./kit.css";
import { datePattern, readDate, showDate } from "../lib/localDate";

type Props = {
  /** The date as an ISO string, "" for none. */
  value: string;
  /** While typing: each time the text reads as a date (ISO) or is emptied (""). For forms. */
  onChange?: (iso: string) => void;
  /** On leaving the field or Enter, when the date changed: for fields that save at once. */
  onCommit?: (iso: string | null) => void;
  name?: string;
  className?: string;
  /** The latest date allowed (ISO). */
  max?: string;
  "aria-invalid"?: boolean;
  "aria-label"?: string;
};

export function DateField({ value, onChange, onCommit, name, className, max, ...aria }: Props) {
  const pattern = useMemo(() => datePattern(), []);
  const [text, setText] = useState(() => showDate(value, pattern));
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();

  // A new value from outside (another person selected, a form reset, undo) replaces the text,
  // unless it is the value this field just reported.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    const read = readDate(text, pattern);
    if (!(read.kind === "date" && read.iso === value) && !(read.kind === "empty" && value === "")) {
      setText(showDate(value, pattern));
      setProblem(null);
    }
  }

  const check = (typed: string) => {
    const read = readDate(typed, pattern);
    if (read.kind === "invalid") return { read, problem: read.message };
    if (read.kind === "date" && max && read.iso > max) {
      return { read, problem: `The date cannot be after ${showDate(max, pattern)}.` };
    }
    return { read, problem: null };
  };

  // A form is not sent while the text is not a date: the message is already under the field.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const refuse = (event: Event) => {
      if (!input.current || check(input.current.value).problem === null) return;
      event.preventDefault();
      event.stopPropagation();
      input.current.focus();
    };
    form.addEventListener("submit", refuse, true);
    return () => form.removeEventListener("submit", refuse, true);
  });

  const commit = () => {
    const { read, problem: wrong } = check(text);
    setProblem(wrong);
    if (wrong || !onCommit) return;
    const iso = read.kind === "date" ? read.iso : null;
    if ((iso ?? "") !== value) onCommit(iso);
  };

  return (
    <span className="date-field">
      <input
        ref={input}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        name={name}
        className={className}
        placeholder={pattern.placeholder}
        value={text}
        aria-invalid={aria["aria-invalid"] || problem !== null ? true : undefined}
        aria-label={aria["aria-label"]}
        aria-describedby={problem ? errorId : undefined}
        data-iso={value || undefined}
        onChange={(e) => {
          const typed = e.target.value;
          setText(typed);
          const { read, problem: wrong } = check(typed);
          // Corrections clear the message at once; a new one waits until the field is left.
          if (wrong === null) setProblem(null);
          if (wrong === null && onChange) onChange(read.kind === "date" ? read.iso : "");
          if (wrong !== null && problem !== null) setProblem(wrong);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter" && onCommit) {
            e.preventDefault();
            commit();
          }
        }}
      />
      {problem && (
        <span id={errorId} className="date-field-error" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
