// What settings offers the app: the Settings dialog (Edit → Settings…).
export { SettingsDialog } from "./SettingsDialog";
