// What the map editor offers the account screen (and the app's Help menu, its shortcuts).
// Everything else in this folder is the editor's own.
export { MapEditor } from "./MapEditor";
export { ShortcutsHelp } from "./shortcutsHelpOnDemand";
