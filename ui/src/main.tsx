import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import "./styles.css";
import { PreferencesProvider } from "./lib/preferences";
import { applyTheme, osPrefersDark } from "./lib/theme";
import { applyVisualLanguage } from "./shared/visualLanguage";
import { markStartup } from "./lib/startupMarks";

markStartup("script running");

applyVisualLanguage(document);
// The OS's theme from the first frame; a theme forced in Settings follows once they are read.
applyTheme(document.documentElement, osPrefersDark() ? "dark" : "light");

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PreferencesProvider>
        <App />
      </PreferencesProvider>
    </StrictMode>,
  );
}
