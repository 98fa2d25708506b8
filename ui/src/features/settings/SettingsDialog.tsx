import { useState } from "react";
import type { Paper, ThemeChoice } from "../../bindings";
import { BackendError, describeError } from "../../lib/backend";
import { usePreferences } from "../../lib/preferences";
import { Dialog } from "../../shared/Dialog";
import { EnumSelect } from "../../shared/EnumSelect";
import { ErrorText, Field, FieldRow } from "../../shared/Field";
import { draftOf, PRESENTER_TEXT_MAX, PRESENTER_TEXT_MIN, type SettingsDraft, type SettingsErrors, type SettingsField, settingsErrors, settingsOf } from "./settingsForm";

const THEMES: ThemeChoice[] = ["system", "light", "dark"];
const THEME_LABEL: Record<ThemeChoice, string> = { system: "As the computer is set", light: "Light", dark: "Dark" };
const PAPERS: Paper[] = ["a4", "letter"];
const PAPER_LABEL: Record<Paper, string> = { a4: "A4", letter: "Letter" };

/**
 * Edit → Settings…: this computer's preferences (theme, default paper, number and date format,
 * currency of new accounts, presenter text size). Each field says what is wrong under it, as the
 * user types; Save stays off until every field is right.
 */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { settings, save } = usePreferences();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  const [refused, setRefused] = useState<SettingsErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = { ...refused, ...settingsErrors(draft) };
  const valid = Object.keys(settingsErrors(draft)).length === 0;

  const change = (next: Partial<SettingsDraft>) => {
    setDraft({ ...draft, ...next });
    setRefused({});
    setError(null);
  };

  const submit = async () => {
    if (!valid) return;
    setSaving(true);
    try {
      await save(settingsOf(draft, settings));
      onClose();
    } catch (err) {
      if (err instanceof BackendError && err.field) setRefused({ [err.field as SettingsField]: err.message });
      else setError(describeError(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title="Settings" onClose={onClose} className="settings-dialog">
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <FieldRow>
          <Field label="Theme">
            <EnumSelect name="theme" values={THEMES} labels={THEME_LABEL} value={draft.theme} onChange={(theme) => change({ theme })} />
          </Field>
          <Field label="Paper for exports">
            <EnumSelect name="paper" values={PAPERS} labels={PAPER_LABEL} value={draft.paper} onChange={(paper) => change({ paper })} />
          </Field>
        </FieldRow>
        <Field label="Number and date format" error={errors.locale} hint="A locale such as en-GB or de-DE; empty for 23 Nov 2026 and $1.2M.">
          <input
            name="locale"
            value={draft.locale}
            placeholder="Rapport's own"
            aria-invalid={errors.locale ? "true" : undefined}
            onChange={(e) => change({ locale: e.target.value })}
          />
        </Field>
        <FieldRow>
          <Field label="Currency of new accounts" error={errors.currency}>
            <input
              name="currency"
              value={draft.currency}
              maxLength={8}
              aria-invalid={errors.currency ? "true" : undefined}
              onChange={(e) => change({ currency: e.target.value })}
            />
          </Field>
          <Field label="Presenter text size (%)" error={errors.presenterTextPercent}>
            <input
              name="presenterTextPercent"
              type="number"
              min={PRESENTER_TEXT_MIN}
              max={PRESENTER_TEXT_MAX}
              step={10}
              value={draft.presenterTextPercent}
              aria-invalid={errors.presenterTextPercent ? "true" : undefined}
              onChange={(e) => change({ presenterTextPercent: e.target.value })}
            />
          </Field>
        </FieldRow>
        <p className="hint">Kept on this computer, not in the workspace file.</p>
        {error && <ErrorText paragraph>{error}</ErrorText>}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!valid || saving}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
