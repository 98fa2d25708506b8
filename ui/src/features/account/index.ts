// What the account screen offers the app.
export { AccountView } from "./AccountView";
