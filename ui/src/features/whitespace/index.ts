// The whitespace matrix: offerings × the account's needs, its cell editor and the catalogue.
export { WhitespacePanel } from "./WhitespacePanel";
