// The user's preferences (Settings): read once at start, shared by every screen through a context,
// and applied where they act: the theme on the root element, the locale in the formatters. They
// live in the app's settings file, never in the workspace.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { Preferences, Theme } from "../bindings";
import { backend } from "./backend";
import { setFormatLocale } from "./format";
import { applyTheme, onOsThemeChange, osPrefersDark, resolveTheme } from "./theme";

/** Every preference with a value (the generated type marks them optional: old files lack some). */
export type Settings = Required<Preferences>;

export const DEFAULT_SETTINGS: Settings = {
  theme: "system",
  paper: "a4",
  locale: "",
  currency: "EUR",
  presenterTextPercent: 100,
  guideOpen: true,
};

export function withDefaults(p: Preferences): Settings {
  return { ...DEFAULT_SETTINGS, ...Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined && v !== null)) };
}

type PreferencesContext = {
  settings: Settings;
  /** The theme on screen now (the OS's, unless one is forced). */
  theme: Theme;
  /** Saves the preferences; throws the backend's refusal (a field that is wrong). */
  save: (next: Settings) => Promise<Settings>;
};

const Context = createContext<PreferencesContext>({
  settings: DEFAULT_SETTINGS,
  theme: "light",
  save: (next) => Promise.resolve(next),
});

export function usePreferences(): PreferencesContext {
  return useContext(Context);
}

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [osDark, setOsDark] = useState(osPrefersDark);

  useEffect(() => {
    let live = true;
    backend
      .preferences()
      .then((p) => live && setSettings(withDefaults(p)))
      // Preferences are a convenience: without them the defaults apply.
      .catch(() => {});
    const stop = onOsThemeChange(() => setOsDark(osPrefersDark()));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const theme = resolveTheme(settings.theme, osDark);
  useEffect(() => applyTheme(document.documentElement, theme), [theme]);
  // Presenter mode's type (html.presenter in editor.css) grows with the presenter text size.
  useEffect(() => {
    document.documentElement.style.setProperty("--presenter-scale", String(settings.presenterTextPercent / 100));
  }, [settings.presenterTextPercent]);
  // Set before the children render, so every formatted number uses it.
  setFormatLocale(settings.locale);

  const save = useCallback(async (next: Settings) => {
    const kept = withDefaults(await backend.savePreferences(next));
    setSettings(kept);
    return kept;
  }, []);

  const value = useMemo(() => ({ settings, theme, save }), [settings, theme, save]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}
