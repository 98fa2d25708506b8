// The shortcuts help, loaded when first asked for (its own chunk): it is not needed to paint the
// map, and both the map's "?" and Help → Keyboard shortcuts open it.
import { lazy } from "react";

export const ShortcutsHelp = lazy(() => import("./ShortcutsHelp").then((m) => ({ default: m.ShortcutsHelp })));
