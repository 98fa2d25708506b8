// A suite that works on the demo's Helios Freight: its own environment and demo file, the app
// started before the suite's tests (once the map's lines are drawn) and closed after them.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before } from "node:test";
import { appBinary, artifactsDir, isolatedEnv, writeDemo } from "./paths.mjs";
import { Session, startDriver } from "./webdriver.mjs";

/**
 * Registers the suite's `before` and `after`; `opened` receives the app's session (and may
 * prepare it further: it is awaited before the first test). Returns the environment and the demo
 * workspace file, for the CLI to read beside the app.
 */
export function demoSuite(name, opened) {
  const home = isolatedEnv(name);
  const workspace = writeDemo(join(home.root, "demo.rapport"));
  let driver;
  let app;
  before(async () => {
    mkdirSync(artifactsDir(), { recursive: true });
    driver = await startDriver({ env: home.env });
    app = await Session.open(driver.base, appBinary(), ["--workspace", workspace, "--open", "Helios Freight"]);
    await app.waitFor(".react-flow__edge");
    await opened(app);
  });
  after(async () => {
    await app?.close();
    driver?.stop();
  });
  return { home, workspace };
}
