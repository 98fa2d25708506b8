import { useEffect, useState } from "react";
import { type FarPalette, readPalette } from "./farView";

/** The theme's colours as they are on screen now (the custom properties on the root element). */
function currentPalette(): FarPalette {
  const style = getComputedStyle(document.documentElement);
  return readPalette((property) => style.getPropertyValue(property), getComputedStyle(document.body).fontFamily || "sans-serif");
}

/**
 * The far view's palette, read again whenever the theme on the root element changes (light, dark:
 * the attribute is set after the preferences render, so the attribute is watched, not the setting).
 */
export function useThemePalette(): FarPalette {
  const [palette, setPalette] = useState(currentPalette);
  useEffect(() => {
    const watcher = new MutationObserver(() => setPalette(currentPalette()));
    watcher.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    return () => watcher.disconnect();
  }, []);
  return palette;
}
