// Light or dark: the OS's choice (prefers-color-scheme) unless the user forced one in Settings.
// The theme is one attribute on the root element; the visual language's stylesheet and the app's
// own colours (styles.css) answer to it.
import type { Theme, ThemeChoice } from "../bindings";

const DARK_QUERY = "(prefers-color-scheme: dark)";

/** The theme to show for a choice, given whether the OS prefers dark. */
export function resolveTheme(choice: ThemeChoice, osPrefersDark: boolean): Theme {
  if (choice === "system") return osPrefersDark ? "dark" : "light";
  return choice;
}

export function osPrefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(DARK_QUERY).matches;
}

/** Calls `onChange` when the OS switches between light and dark; returns how to stop. */
export function onOsThemeChange(onChange: () => void): () => void {
  if (typeof window.matchMedia !== "function") return () => {};
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Shows `theme`: the root's `data-theme`, and native controls and scroll bars to match. */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
}
