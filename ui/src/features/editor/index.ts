// What the map editor offers the account screen. Everything else in this folder is the editor's own.
export { MapEditor } from "./MapEditor";
