// What the portfolio offers the app: the home screen, and the New account dialog (for the File
// menu as well as the home screen's button).
export { Home } from "./Home";
export { NewAccountDialog } from "./NewAccountDialog";
