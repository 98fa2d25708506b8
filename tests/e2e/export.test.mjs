// Export from the real app: Ctrl+P opens the export dialog, the plan is saved as a PDF with the
// account in it, the map as a PNG, and a failing save says so and leaves no file behind.
// RAPPORT_EXPORT_DIR stands in for the native save dialog, which WebDriver cannot click.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { appBinary, artifactsDir, isolatedEnv, writeDemo } from "./paths.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const CONTROL = "\uE009";
const RELEASE = "\uE000";
const home = isolatedEnv("export");
const root = home.root;
// An earlier version's `.sqlite` workspace: such files still open.
const workspace = writeDemo(join(root, "workspace.sqlite"));
let driver;
let app;

async function launch(exportDir) {
  await app?.close();
  driver?.stop();
  driver = await startDriver({ env: { ...home.env, RAPPORT_EXPORT_DIR: exportDir } });
  app = await Session.open(driver.base, appBinary(), ["--workspace", workspace, "--open", "Helios Freight"]);
  await app.waitFor(".react-flow__edge");
}

after(async () => {
  await app?.close();
  driver?.stop();
});

test("Ctrl+P exports the account plan as a PDF with the account's people in it", async () => {
  const out = join(root, "out");
  mkdirSync(out);
  await launch(out);
  await app.type(await app.find(".export-button"), `${CONTROL}p${RELEASE}`);
  await app.waitFor(".export-dialog", { text: "Account plan (PDF)" });
  await app.type(await app.find('.export-dialog input[placeholder="e.g. Q4 review"]'), "Q4 review");
  await app.click(await app.waitFor(".export-dialog button.primary", { text: "Export" }));
  const done = await app.waitFor(".export-done", { text: "Saved to", timeout: 120_000 });
  assert.ok(done);
  const file = join(out, "Helios Freight – account plan.pdf");
  assert.ok(existsSync(file), `saved as ${readdirSync(out).join(", ")}`);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  for (const expected of ["Helios Freight", "Q4 review", "Margaret Chen", "Raj Patel", "Sarah Collins"]) {
    assert.ok(text.includes(expected), `the PDF mentions ${expected}`);
  }
  mkdirSync(artifactsDir(), { recursive: true });
  await app.screenshot(join(artifactsDir(), "export-dialog-done.png"));
  await app.click(await app.waitFor(".export-dialog button", { text: "Close" }));
});

test("the map exports as a client-safe PNG", async () => {
  await app.click(await app.find(".export-button"));
  await app.click(await app.waitFor(".export-dialog label", { text: "Stakeholder map (PNG)" }));
  await app.click(await app.waitFor(".export-dialog label", { text: "Client-safe" }));
  await app.click(await app.waitFor(".export-dialog button.primary", { text: "Export" }));
  await app.waitFor(".export-done", { text: "Saved to", timeout: 60_000 });
  const file = join(root, "out", "Helios Freight – stakeholder map (client copy).png");
  const bytes = readFileSync(file);
  assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], "a PNG file");
  await app.click(await app.waitFor(".export-dialog button", { text: "Close" }));
});

test("a save that fails says where and why, and leaves no file", async () => {
  const missing = join(root, "no-such-folder");
  await launch(missing);
  await app.click(await app.find(".export-button"));
  await app.click(await app.waitFor(".export-dialog button.primary", { text: "Export" }));
  const message = await app.waitFor(".export-dialog [role=alert]", { text: "Could not save", timeout: 120_000 });
  assert.ok(message);
  const [text] = await app.texts(".export-dialog [role=alert]");
  assert.ok(text.includes("no-such-folder"), text);
  assert.ok(!existsSync(missing), "nothing was created");
});
