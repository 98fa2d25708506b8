// The two small forms of a stakeholder's "Personal" section: a date that matters to them, and a
// thank-you we owe them. Each sends its draft; a refusal comes back naming its field.
import { useState } from "react";
import type { PersonalDate, PersonalDateDraft, ThankYou, ThankYouDraft, ThankYouReason } from "../../bindings";
import { DateField } from "../../shared/DateField";
import { EnumSelect } from "../../shared/EnumSelect";
import { ErrorText, Field, FieldRow } from "../../shared/Field";
import type { FieldError } from "../../shared/fieldError";
import { THANK_YOU_REASON_LABEL, THANK_YOU_REASONS } from "../../shared/words";

type FormProps<Draft> = {
  /** Sends the draft; resolves to the refused field, or null when it was saved. */
  submit: (draft: Draft) => Promise<FieldError | null>;
  onDone: () => void;
};

/** A refusal about a field this form has not got, shown under the form. */
function otherError(problem: FieldError | null, fields: string[]) {
  return problem && !fields.includes(problem.field) ? <ErrorText paragraph>{problem.message}</ErrorText> : null;
}

export function PersonalDateForm({
  stakeholder,
  current,
  submit,
  onDone,
}: FormProps<PersonalDateDraft> & { stakeholder: string; current: PersonalDate | null }) {
  const [label, setLabel] = useState(current?.label ?? "");
  const [date, setDate] = useState(current?.date ?? "");
  const [yearly, setYearly] = useState(current?.yearly ?? true);
  const [problem, setProblem] = useState<FieldError | null>(null);
  const errorOf = (field: string) => (problem?.field === field ? problem.message : null);
  return (
    <form
      className="personal-form"
      aria-label={current ? `Edit ${current.label}` : "New date"}
      onSubmit={(e) => {
        e.preventDefault();
        e.stopPropagation();
        // An empty date is refused here, naming the field: the backend only ever sees a real day.
        if (!date) return setProblem({ field: "date", message: "Date: enter the day, e.g. the anniversary itself." });
        void submit({ stakeholder, label, date, yearly }).then((refused) => {
          setProblem(refused);
          if (!refused) onDone();
        });
      }}
    >
      <FieldRow>
        <Field label="What" error={errorOf("label")}>
          <input
            value={label}
            placeholder="e.g. Work anniversary"
            aria-invalid={errorOf("label") ? true : undefined}
            onChange={(e) => setLabel(e.target.value)}
          />
        </Field>
        <Field label="Date" error={errorOf("date")}>
          <DateField value={date} aria-label="Date" onChange={setDate} aria-invalid={errorOf("date") ? true : undefined} />
        </Field>
      </FieldRow>
      <label className="check">
        <input type="checkbox" checked={yearly} onChange={(e) => setYearly(e.target.checked)} />
        Every year
      </label>
      {otherError(problem, ["label", "date"])}
      <div className="personal-form-actions">
        <button type="submit" className="plan-button primary">
          {current ? "Save" : "Add date"}
        </button>
        <button type="button" className="plan-button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function ThankYouForm({
  stakeholder,
  current,
  submit,
  onDone,
}: FormProps<ThankYouDraft> & { stakeholder: string; current: ThankYou | null }) {
  const [reason, setReason] = useState<ThankYouReason>(current?.reason ?? "wonDeal");
  const [text, setText] = useState(current?.text ?? "");
  const [due, setDue] = useState(current?.due ?? "");
  const [problem, setProblem] = useState<FieldError | null>(null);
  const errorOf = (field: string) => (problem?.field === field ? problem.message : null);
  return (
    <form
      className="personal-form"
      aria-label={current ? "Edit thank-you" : "New thank-you"}
      onSubmit={(e) => {
        e.preventDefault();
        e.stopPropagation();
        if (!due) return setProblem({ field: "due", message: "Due: enter the day the thank-you should be said by." });
        void submit({ stakeholder, reason, text, due, done: current?.done ?? false }).then((refused) => {
          setProblem(refused);
          if (!refused) onDone();
        });
      }}
    >
      <FieldRow>
        <Field label="For" error={errorOf("reason")}>
          <EnumSelect values={THANK_YOU_REASONS} labels={THANK_YOU_REASON_LABEL} value={reason} onChange={setReason} />
        </Field>
        <Field label="Due" error={errorOf("due")}>
          <DateField value={due} aria-label="Due" onChange={setDue} aria-invalid={errorOf("due") ? true : undefined} />
        </Field>
      </FieldRow>
      <Field label={reason === "other" ? "What for" : "What for (optional)"} error={errorOf("text")}>
        <input
          value={text}
          placeholder="e.g. the Rotterdam warehouse deal"
          aria-invalid={errorOf("text") ? true : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      {otherError(problem, ["reason", "due", "text"])}
      <div className="personal-form-actions">
        <button type="submit" className="plan-button primary">
          {current ? "Save" : "Add thank-you"}
        </button>
        <button type="button" className="plan-button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
