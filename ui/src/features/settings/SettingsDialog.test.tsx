import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { Preferences } from "../../bindings";
import { PreferencesProvider } from "../../lib/preferences";
import { SettingsDialog } from "./SettingsDialog";
import { settingsErrors } from "./settingsForm";

const stored: Preferences = { theme: "system", paper: "a4", locale: "", currency: "EUR", presenterTextPercent: 100, guideOpen: true };

/** The dialog inside the provider, over a backend that keeps what it is sent. */
function openDialog(onSave: (p: Preferences) => unknown = (p) => p) {
  const saved: Preferences[] = [];
  mockIPC((cmd, args) => {
    if (cmd === "preferences") return stored;
    if (cmd === "save_preferences") {
      const p = (args as { preferences: Preferences }).preferences;
      saved.push(p);
      return onSave(p);
    }
    throw new Error(`unexpected ${cmd}`);
  });
  const onClose = vi.fn();
  render(
    <PreferencesProvider>
      <SettingsDialog onClose={onClose} />
    </PreferencesProvider>,
  );
  return { saved, onClose };
}

function field(name: string) {
  return screen.getByRole("dialog", { name: "Settings" }).querySelector<HTMLInputElement>(`[name="${name}"]`)!;
}

describe("Settings dialog", () => {
  it("names each wrong field under it as the user types, and keeps Save off until all are right", () => {
    openDialog();
    const save = screen.getByRole("button", { name: "Save" }) as HTMLButtonElement;
    expect(save.disabled).toBe(false);

    fireEvent.change(field("currency"), { target: { value: "EURO" } });
    expect(screen.getByText(/three-letter code/)).toBeTruthy();
    expect(field("currency").getAttribute("aria-invalid")).toBe("true");
    expect(save.disabled).toBe(true);

    fireEvent.change(field("locale"), { target: { value: "english please" } });
    expect(screen.getByText(/"english please" is not a locale/)).toBeTruthy();

    fireEvent.change(field("presenterTextPercent"), { target: { value: "250" } });
    expect(screen.getByText(/from 100 to 200/)).toBeTruthy();

    fireEvent.change(field("currency"), { target: { value: "usd" } });
    fireEvent.change(field("locale"), { target: { value: "de-DE" } });
    fireEvent.change(field("presenterTextPercent"), { target: { value: "150" } });
    expect(screen.queryByRole("alert")).toBeNull();
    expect(save.disabled).toBe(false);
  });

  it("saves the chosen paper and theme, the currency in capitals, and closes", async () => {
    const { saved, onClose } = openDialog();
    const dialog = screen.getByRole("dialog", { name: "Settings" });
    fireEvent.change(dialog.querySelector('select[name="paper"]')!, { target: { value: "letter" } });
    fireEvent.change(dialog.querySelector('select[name="theme"]')!, { target: { value: "dark" } });
    fireEvent.change(field("currency"), { target: { value: "gbp" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(saved).toEqual([{ ...stored, paper: "letter", theme: "dark", currency: "GBP" }]);
  });

  it("shows the backend's refusal under the field it names", async () => {
    const { onClose } = openDialog(() => {
      throw { kind: "validation", field: "locale", message: "Rapport cannot write dates for xx-YY." };
    });
    fireEvent.change(field("locale"), { target: { value: "en-GB" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.getByText("Rapport cannot write dates for xx-YY.")).toBeTruthy());
    expect(field("locale").getAttribute("aria-invalid")).toBe("true");
    expect(onClose).not.toHaveBeenCalled();
  });

  it("checks locales, currencies and sizes by the same rules without a window", () => {
    const ok = { theme: "system", paper: "a4", locale: "fr-FR", currency: "chf", presenterTextPercent: "120" } as const;
    expect(settingsErrors(ok)).toEqual({});
    expect(settingsErrors({ ...ok, locale: "" })).toEqual({});
    expect(Object.keys(settingsErrors({ ...ok, locale: "x" }))).toEqual(["locale"]);
    expect(Object.keys(settingsErrors({ ...ok, currency: "ZZZ" }))).toEqual(["currency"]);
    expect(Object.keys(settingsErrors({ ...ok, presenterTextPercent: "12.5" }))).toEqual(["presenterTextPercent"]);
    expect(Object.keys(settingsErrors({ ...ok, presenterTextPercent: "" }))).toEqual(["presenterTextPercent"]);
  });
});
