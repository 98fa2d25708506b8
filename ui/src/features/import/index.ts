// What import offers the account screen and the portfolio. Everything else in this folder is import's own.
export { ImportContactsDialog } from "./ImportContactsDialog";
export { PortfolioImports } from "./PortfolioImports";
