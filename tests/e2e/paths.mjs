// Where the built app and the test artifacts are, and the files every end-to-end test starts
// from, shared by every suite.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const targetDir = process.env.CARGO_TARGET_DIR ?? resolve(import.meta.dirname, "../../target");

/** The day the tests live on, so the demo's dates and every "overdue" are the same each run. */
export const TODAY = "2026-11-23";

/** The debug app built with the bundled UI (`make app`), never a dev server. */
export function appBinary() {
  return process.env.RAPPORT_APP ?? resolve(targetDir, "debug/rapport-app");
}

/** The `rapport` command line, built by `make app` beside the app. */
export function cliBinary() {
  return process.env.RAPPORT_CLI ?? resolve(targetDir, "debug/rapport");
}

/** Screenshots and rendered pages for people to look at. */
export function artifactsDir() {
  return resolve(targetDir, "e2e-artifacts");
}

/**
 * An environment for the app that never touches the real home folder: its settings in a fresh
 * config folder, its data (default workspace, demo) in a fresh data folder, and a fixed today.
 */
export function isolatedEnv(name) {
  const root = mkdtempSync(join(tmpdir(), `rapport-${name}-`));
  return {
    root,
    dataFolder: join(root, "data", "app.rapport.desktop"),
    env: {
      RAPPORT_CONFIG_DIR: join(root, "config"),
      XDG_DATA_HOME: join(root, "data"),
      // Tauri's own config folder (the remembered window size and position) per suite too, so
      // one suite's window never opens where another left it.
      XDG_CONFIG_HOME: join(root, "xdg-config"),
      RAPPORT_TODAY: TODAY,
    },
  };
}

/** Writes the demo accounts into a new workspace file with the CLI (new workspaces start empty). */
export function writeDemo(file) {
  execFileSync(cliBinary(), ["demo", "--workspace", file, "--today", TODAY]);
  return file;
}

/** The title of the app's native window, as the window manager sees it (WebDriver sees only the page's). */
export function windowTitle() {
  const tree = execFileSync("xwininfo", ["-root", "-tree"], { encoding: "utf8" });
  return tree.match(/"(Rapport — [^"]*)"/)?.[1] ?? null;
}
