// What the workspace feature offers the app: the no-workspace screen, About, the switches for the
// menu and the status bar's words.
export { AboutDialog } from "./AboutDialog";
export { NoWorkspace } from "./NoWorkspace";
export { workspaceStatus } from "./status";
export { type Switching, switching, switchingMenu } from "./switching";
