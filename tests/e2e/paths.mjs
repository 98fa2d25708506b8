// Where the built app and the test artifacts are, shared by every end-to-end test.
import { resolve } from "node:path";

const targetDir = process.env.CARGO_TARGET_DIR ?? resolve(import.meta.dirname, "../../target");

/** The debug app built with the bundled UI (`make app`), never a dev server. */
export function appBinary() {
  return process.env.RAPPORT_APP ?? resolve(targetDir, "debug/rapport-app");
}

/** Screenshots and rendered pages for people to look at. */
export function artifactsDir() {
  return resolve(targetDir, "e2e-artifacts");
}
