// The foundation, end to end in the real app: it opens on a new workspace with the demo account,
// lists it, and opening it shows its people on the map by name.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { artifactsDir, appBinary } from "./paths.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const workspace = join(mkdtempSync(join(tmpdir(), "rapport-e2e-")), "workspace.sqlite");
let driver;
let app;

before(async () => {
  driver = await startDriver({ env: { RAPPORT_TODAY: "2026-11-23" } });
  app = await Session.open(driver.base, appBinary(), ["--workspace", workspace]);
});

after(async () => {
  await app?.close();
  driver?.stop();
});

test("a new workspace opens on the portfolio with the demo account", async () => {
  const link = await app.waitFor(".account-link", { text: "Helios Freight" });
  assert.ok(link);
  const [note] = await app.texts(".first-run");
  assert.match(note, /demo workspace/);
  const [status] = await app.texts(".status-bar");
  assert.ok(status.includes(workspace), `status bar names the workspace file: ${status}`);
});

test("opening the demo account shows its stakeholders on the map by name", async () => {
  await app.click(await app.waitFor(".account-link", { text: "Helios Freight" }));
  await app.waitFor(".account-bar h1", { text: "Helios Freight" });
  await app.waitFor(".person-card", { text: "Raj Patel" });
  const names = await app.texts(".person-card .card-name");
  for (const expected of ["Margaret Chen", "Raj Patel", "Elena Novak", "Tom Fischer", "Priya Nair", "Oliver Brandt"]) {
    assert.ok(names.includes(expected), `${expected} is on the map (saw: ${names.join(", ")})`);
  }
  assert.equal(names.length, 17);
  const team = await app.texts(".team-card .card-name");
  assert.deepEqual(team.sort(), ["Anna Kowalski", "Ben Carter", "David Moreau", "Sarah Collins"]);
  // Lines are drawn: reporting lines, coverage and the informal ones.
  const lines = await app.execute("return document.querySelectorAll('.react-flow__edge').length");
  assert.ok(lines >= 30, `${lines} lines drawn`);

  mkdirSync(artifactsDir(), { recursive: true });
  app.screenshot(join(artifactsDir(), "demo-map.png"));
});

test("clicking a person shows who of ours covers them", async () => {
  await app.click(await app.waitFor(".person-card", { text: "Raj Patel" }));
  await app.waitFor(".inspector", { text: "Covered by" });
  const [text] = await app.texts(".inspector");
  assert.match(text, /Sarah Collins: Aware \(wanted: Trusted\)/);
  assert.match(text, /Skeptic/);
});
