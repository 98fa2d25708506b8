// The Settings dialog's form: what the user typed, and the message for each field that is wrong.
// Pure, so the rules are tested without a window; the backend checks the same fields again.
import type { Paper, ThemeChoice } from "../../bindings";
import type { Settings } from "../../lib/preferences";

/** What the fields hold while the user types (the size as text: it may be half typed). */
export type SettingsDraft = {
  theme: ThemeChoice;
  paper: Paper;
  locale: string;
  currency: string;
  presenterTextPercent: string;
};

export type SettingsField = "locale" | "currency" | "presenterTextPercent";
export type SettingsErrors = Partial<Record<SettingsField, string>>;

export const PRESENTER_TEXT_MIN = 100;
export const PRESENTER_TEXT_MAX = 200;

export function draftOf(settings: Settings): SettingsDraft {
  return {
    theme: settings.theme,
    paper: settings.paper,
    locale: settings.locale,
    currency: settings.currency,
    presenterTextPercent: String(settings.presenterTextPercent),
  };
}

function localeError(text: string): string | undefined {
  const tag = text.trim();
  if (tag === "") return undefined;
  const advice = "Write a language and a country, such as en-GB, de-DE or fr-FR, or leave it empty for Rapport's own format.";
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return `"${tag}" is not a locale. ${advice}`;
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf([tag]).length === 0) {
      return `Rapport has no number and date format for "${tag}". ${advice}`;
    }
  } catch {
    return `"${tag}" is not a locale. ${advice}`;
  }
  return undefined;
}

function currencyError(text: string): string | undefined {
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return "The currency is a three-letter code, such as EUR, USD or GBP.";
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : null;
  if (known && !known.includes(code)) return `${code} is not a currency code. Use one such as EUR, USD or GBP.`;
  return undefined;
}

function sizeError(text: string): string | undefined {
  const size = Number(text.trim());
  if (text.trim() === "" || !Number.isInteger(size) || size < PRESENTER_TEXT_MIN || size > PRESENTER_TEXT_MAX) {
    return `Presenter text size is a whole number from ${PRESENTER_TEXT_MIN} to ${PRESENTER_TEXT_MAX} (%).`;
  }
  return undefined;
}

/** The message for each wrong field; empty when the draft can be saved. */
export function settingsErrors(draft: SettingsDraft): SettingsErrors {
  const errors: SettingsErrors = {};
  const locale = localeError(draft.locale);
  const currency = currencyError(draft.currency);
  const size = sizeError(draft.presenterTextPercent);
  if (locale) errors.locale = locale;
  if (currency) errors.currency = currency;
  if (size) errors.presenterTextPercent = size;
  return errors;
}

/** The settings a valid draft stands for, keeping what the dialog does not show (the guide). */
export function settingsOf(draft: SettingsDraft, before: Settings): Settings {
  return {
    ...before,
    theme: draft.theme,
    paper: draft.paper,
    locale: draft.locale.trim(),
    currency: draft.currency.trim().toUpperCase(),
    presenterTextPercent: Number(draft.presenterTextPercent.trim()),
  };
}
