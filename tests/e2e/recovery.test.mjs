// A damaged workspace, end to end: a workspace written and backed up by the CLI (`rapport demo`,
// `rapport backup`), then 64 KiB in its middle overwritten with junk. The app started on it
// shows the recovery screen (why, which file, its backups); restoring the backup puts it in the
// file's place and the portfolio shows the accounts again, the damaged file kept beside the
// backups. Then File → Back up now… and Restore from a backup… (the menu's events) on the
// restored workspace, and Edit → Clear undo history… on one of its accounts.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { appBinary, artifactsDir, cliBinary, isolatedEnv, TODAY, writeDemo } from "./paths.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const home = isolatedEnv("recovery");
const workspace = join(home.root, "plans.rapport");
const backups = join(home.root, "backups");
const ENTER = "\uE007";
let driver;
let app;

/** Overwrites `length` bytes from `at` with junk that is the same on every run. */
function damage(file, at, length) {
  const bytes = readFileSync(file);
  let seed = 7;
  for (let i = at; i < at + length && i < bytes.length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = seed >> 16;
  }
  writeFileSync(file, bytes);
}

before(async () => {
  mkdirSync(artifactsDir(), { recursive: true });
  writeDemo(workspace);
  const out = execFileSync(cliBinary(), ["backup", "--workspace", workspace, "--today", TODAY], { encoding: "utf8" });
  assert.match(out, /Backed up to .*backups/);
  // From the second page on: SQLite still recognises the file, but its tables are garbage.
  damage(workspace, 4096, 64 * 1024);
  driver = await startDriver({ port: 4744, env: home.env });
  app = await Session.open(driver.base, appBinary(), [workspace]);
});

after(async () => {
  await app?.close();
  driver?.stop();
});

test("started on a damaged workspace, the window says so, names the file and lists its backups", async () => {
  await app.waitFor(".no-workspace h1", { text: "This workspace is damaged" });
  const [file] = await app.texts(".no-workspace-file");
  assert.equal(file, workspace);
  const [problem] = await app.texts(".no-workspace-problem");
  assert.match(problem, /damaged/);
  await app.waitFor(".backup-choices label", { text: "3 accounts" });
  const [status] = await app.texts(".status-bar");
  assert.ok(status.includes(workspace), `the status bar names the file: ${status}`);
  await app.screenshot(join(artifactsDir(), "recovery-damaged.png"));
});

test("restoring the backup brings the accounts back, and the damaged file is kept", async () => {
  await app.click(await app.waitFor(".backup-choices label", { text: "3 accounts" }));
  await app.click(await app.waitFor(".no-workspace-restore button", { text: "Restore this backup" }));
  await app.waitFor(".account-link", { text: "Helios Freight" });
  const accounts = await app.texts(".account-link");
  assert.deepEqual([...accounts].sort(), ["Atlas Retail Group", "Helios Freight", "Nordlicht Energie"]);
  assert.equal((await app.texts(".no-workspace")).length, 0, "the recovery screen is gone");
  // The damaged file was kept in the backups folder (never deleted), beside the backup itself.
  const kept = readdirSync(backups);
  assert.ok(kept.length >= 2, `the backup and the damaged file: ${kept.join(", ")}`);
  await app.screenshot(join(artifactsDir(), "recovery-restored.png"));
});

test("File → Back up now… says under which name and where the copy went", async () => {
  const before = readdirSync(backups).length;
  await app.menu("backUpNow");
  await app.waitFor('.dialog[aria-label="Back up now"] [role="status"]', { text: "Backed up as" });
  await app.waitFor(".backup-dialog .backup-folder", { text: backups });
  assert.equal(readdirSync(backups).length, before + 1);
  await app.screenshot(join(artifactsDir(), "recovery-backed-up.png"));
  await app.click(await app.waitFor(".backup-dialog button", { text: "Close" }));
  assert.equal((await app.texts(".dialog")).length, 0);
});

test("File → Restore from a backup… lists the workspace's backups", async () => {
  await app.menu("restoreBackup");
  await app.waitFor('.dialog[aria-label="Restore from a backup"] .backup-choices label', { text: "3 accounts" });
  const choices = await app.texts(".backup-choices label");
  assert.ok(choices.length >= 2, `listed: ${choices.join(" | ")}`);
  await app.click(await app.waitFor(".dialog button", { text: "Cancel" }));
});

test("Edit → Clear undo history… forgets the account's undo steps and keeps the account as it is", async () => {
  await app.click(await app.waitFor(".account-link", { text: "Helios Freight" }));
  await app.type(await app.waitFor(".quick-add-input"), `Jo Bloggs, Analyst${ENTER}`);
  await app.waitFor(".person-card", { text: "Jo Bloggs" });
  await app.waitFor('button[aria-label="Undo Add Jo Bloggs"]');
  await app.menu("clearHistory");
  await app.waitFor('.dialog[aria-label="Clear undo history"]', { text: "cannot be undone" });
  await app.screenshot(join(artifactsDir(), "recovery-clear-history.png"));
  await app.click(await app.waitFor(".clear-history-dialog button", { text: "Clear history" }));
  await app.waitUntil("return document.querySelector('.map-toolbar button[aria-label=\"Undo\"]')?.disabled === true", [], {
    what: "nothing left to undo",
  });
  assert.ok((await app.texts(".person-card .card-name")).includes("Jo Bloggs"), "the account keeps the edit");
});
