// What export offers the account screen. Everything else in this folder is export's own.
export { ExportDialog } from "./ExportDialog";
