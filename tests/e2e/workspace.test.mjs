// Workspaces in the real app: a first start opens the empty default workspace in the app-data
// folder (never the demo); File → New workspace… (the menu's event, with RAPPORT_SAVE_FILE
// standing in for the native dialog) creates and opens a file that the title and status bar name;
// a restart reopens it; a second launch with a file hands it to the running app; Open recent,
// Close and Open the demo switch as the menu says. WebDriver cannot click a native menu, so each
// test sends the event a click sends.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { appBinary, artifactsDir, isolatedEnv, windowTitle, writeDemo } from "./paths.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const home = isolatedEnv("workspace");
const defaultWorkspace = join(home.dataFolder, "workspace.rapport");
const acme = join(home.root, "acme.rapport");
const env = { ...home.env, RAPPORT_SAVE_FILE: join(home.root, "acme") };
let driver;
let app;

before(async () => {
  mkdirSync(artifactsDir(), { recursive: true });
  driver = await startDriver({ port: 4644, env });
  app = await Session.open(driver.base, appBinary(), []);
});

after(async () => {
  await app?.close();
  driver?.stop();
});

const status = async () => (await app.texts(".status-bar")).join("");
const waitForStatus = (text) => app.waitFor(".status-bar", { text });
const settings = () => JSON.parse(readFileSync(join(env.RAPPORT_CONFIG_DIR, "settings.json"), "utf8"));

test("a first start opens the empty default workspace in the app-data folder", async () => {
  await waitForStatus(`Workspace: ${defaultWorkspace}`);
  await app.waitFor(".first-run-screen h1", { text: "Plan your first key account" });
  assert.equal((await app.texts(".account-link")).length, 0, "real work never starts with the demo");
  assert.equal((await app.texts(".first-run")).length, 0, "no demo note outside the demo");
  assert.equal(windowTitle(), `Rapport — ${defaultWorkspace}`);
  assert.ok(existsSync(defaultWorkspace));
});

test("File → New workspace… creates the file and the title and status bar name it", async () => {
  await app.menu("newWorkspace");
  await waitForStatus(`Workspace: ${acme}`);
  assert.equal(windowTitle(), `Rapport — ${acme}`, "the extension is added to a name without one");
  assert.ok(existsSync(acme));
  assert.equal((await app.texts(".account-link")).length, 0, "a new workspace is empty");
  assert.equal(settings().lastWorkspace, acme);
  assert.deepEqual(settings().recentWorkspaces, [acme, defaultWorkspace]);
});

test("a new workspace never replaces an existing file", async () => {
  await app.menu("newWorkspace");
  await app.waitFor(".error-banner", { text: "already exists" });
  assert.ok((await status()).includes(acme), "the open workspace stays open");
});

test("after a restart the last workspace reopens", async () => {
  await app.close();
  app = await Session.open(driver.base, appBinary(), []);
  await waitForStatus(`Workspace: ${acme}`);
  assert.equal(windowTitle(), `Rapport — ${acme}`);
});

test("a second launch with a file hands it to the running app, which opens it", async () => {
  const helios = writeDemo(join(home.root, "helios.rapport"));
  const second = spawnSync(appBinary(), [helios], { env: { ...process.env, ...env }, timeout: 30_000 });
  assert.equal(second.status, 0, `the second launch quits at once: ${second.stderr}`);
  await waitForStatus(`Workspace: ${helios}`);
  await app.waitFor(".account-link", { text: "Helios Freight" });
  assert.equal(windowTitle(), `Rapport — ${helios}`);
});

test("Open recent reopens a listed file and refuses any other", async () => {
  await app.menu("openRecent", acme);
  await waitForStatus(`Workspace: ${acme}`);
  await app.menu("openRecent", join(home.root, "never-opened.rapport"));
  await app.waitFor(".error-banner", { text: "is not one of the recent workspaces" });
  assert.ok((await status()).includes(acme));
});

test("with the workspace closed the app says so and commands answer a typed error", async () => {
  await app.menu("closeWorkspace");
  await app.waitFor(".no-workspace h1", { text: "No workspace open" });
  await waitForStatus("No workspace open");
  assert.equal(windowTitle(), "Rapport — no workspace open");
  const recent = await app.texts(".recent-workspace");
  assert.ok(recent.includes(acme), `Open recent is offered: ${recent.join(", ")}`);
  const answer = await app.execute(
    "return window.__TAURI_INTERNALS__.invoke('workspace_file').then(() => 'answered', (e) => e.kind)",
  );
  assert.equal(answer, "noWorkspace");
  await app.screenshot(join(artifactsDir(), "no-workspace.png"));
  await app.click(await app.waitFor(".recent-workspace", { text: acme }));
  await waitForStatus(`Workspace: ${acme}`);
});

test("Edit, View and Help items run the account screen's own undo, find, export and help", async () => {
  await app.menu("openDemo");
  await app.click(await app.waitFor(".account-link", { text: "Helios Freight" }));
  const bar = await app.waitFor(".quick-add-input");
  await app.type(bar, "Kim Lee, Buyer\uE007");
  await app.waitFor(".person-card .card-name", { text: "Kim Lee" });
  // The same menu event while the quick-add bar has focus: the map's undo (the menu names it).
  await app.menu("undo");
  await app.waitUntil("return !Array.from(document.querySelectorAll('.card-name')).some((n) => n.textContent === 'Kim Lee')", [], {
    what: "Kim Lee undone",
  });
  await app.menu("redo");
  await app.waitFor(".person-card .card-name", { text: "Kim Lee" });
  await app.menu("find");
  await app.waitUntil("return document.activeElement?.closest('.search-box') !== null", [], { what: "search focused" });
  await app.menu("export");
  await app.waitFor(".export-dialog", { text: "Account plan (PDF)" });
  await app.click(await app.waitFor(".export-dialog button", { text: "Cancel" }));
  await app.menu("shortcuts");
  await app.waitFor(".shortcuts-help", { text: "Undo" });
  // Every keyed action of the one table: the list scrolls, Close stays in view.
  await app.screenshot(join(artifactsDir(), "shortcuts-help.png"));
  await app.click(await app.waitFor(".shortcuts-help button", { text: "Close" }));
  await app.menu("about");
  await app.waitFor(".about-dialog", { text: home.dataFolder });
  await app.screenshot(join(artifactsDir(), "about.png"));
  await app.click(await app.waitFor(".about-dialog button", { text: "Close" }));
});

test("Open the demo opens the demo's own file, never the open workspace", async () => {
  await app.menu("openRecent", acme);
  await waitForStatus(`Workspace: ${acme}`);
  await app.menu("openDemo");
  const demo = join(home.dataFolder, "demo.rapport");
  await waitForStatus(`Workspace: ${demo} (the demo)`);
  await app.waitFor(".account-link", { text: "Helios Freight" });
  await app.waitFor(".first-run", { text: "demo workspace" });
  assert.equal(settings().demoCreatedOn, "2026-11-23");
  assert.ok(!settings().recentWorkspaces.includes(demo), "the demo has its own menu item");
  await app.menu("openRecent", acme);
  await waitForStatus(`Workspace: ${acme}`);
  assert.equal((await app.texts(".account-link")).length, 0, "acme.rapport got no demo accounts");
});
