// What the portfolio offers the app.
export { Home } from "./Home";
