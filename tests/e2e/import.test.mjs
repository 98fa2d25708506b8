// Importing contacts in the real app. An org chart with managers and dotted lines goes into a
// new account from the portfolio and lands on the map, people and lines laid out; a file with
// one bad row is refused in the preview, naming the line; an import into an account is taken
// back by one Ctrl+Z. RAPPORT_IMPORT_FILE stands in for the native file dialog, which WebDriver
// cannot click: it names the files the dialog "chooses", one per Import, in order.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { appBinary, artifactsDir, isolatedEnv, writeDemo } from "./paths.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const CONTROL = "\uE009";
const RELEASE = "\uE000";
const home = isolatedEnv("import");
const root = home.root;
const workspace = join(root, "workspace.rapport");
const orgChart = resolve(import.meta.dirname, "../../crates/rapport-exchange/tests/fixtures/org_chart.csv");
const badRow = join(root, "one-bad-row.csv");
const twoMore = join(root, "two-more.csv");
let driver;
let app;

before(async () => {
  mkdirSync(artifactsDir(), { recursive: true });
  writeFileSync(badRow, "Name,Title,Manager\nPriya Shah,Analyst,Hugo Moreau\n,Planner,Hugo Moreau\nLeo Brandt,Buyer,Nora Lind\n");
  writeFileSync(twoMore, "Name,Title,Manager,Dotted Line\nPriya Shah,Analyst,Hugo Moreau,Nora Lind\nLeo Brandt,Buyer,Nora Lind,\n");
  writeDemo(workspace);
  driver = await startDriver({
    env: { ...home.env, RAPPORT_IMPORT_FILE: [orgChart, badRow, twoMore].join(":") },
  });
  app = await Session.open(driver.base, appBinary(), ["--workspace", workspace]);
  await app.waitFor(".portfolio", { text: "Helios Freight" });
});

after(async () => {
  await app?.close();
  driver?.stop();
});

const edgeLabels = () =>
  app.execute(
    "return Array.from(document.querySelectorAll('.react-flow__edge path[aria-label]')).map((p) => p.getAttribute('aria-label'))",
  );

const cardNames = () => app.texts(".person-card .card-name");

test("an org chart with managers and dotted lines becomes a new account's map", async () => {
  await app.click(await app.waitFor(".portfolio-imports button", { text: "Import contacts into a new account" }));
  await app.waitFor(".import-dialog .import-counts", { text: "5 people" });
  const [counts] = await app.texts(".import-dialog .import-counts");
  assert.equal(counts, "5 rows · 5 people · 4 managers found · 3 dotted lines");
  await app.waitFor(".import-dialog .import-file", { text: "org_chart.csv: Org chart" });
  await app.screenshot(join(artifactsDir(), "import-preview.png"));
  await app.click(await app.waitFor(".import-dialog button.primary", { text: "Import 5 people" }));
  await app.waitFor(".account-bar h1", { text: "org_chart" });
  await app.waitFor(".person-card .card-name", { text: "Zoe Clark" });
  const names = await cardNames();
  for (const name of ["Elif Yilmaz", "Hugo Moreau", "Nora Lind", "Ivan Petrov", "Zoe Clark"]) {
    assert.ok(names.includes(name), `${name} is on the map (${names.join(", ")})`);
  }
  await app.waitUntil("return document.querySelectorAll('.react-flow__edge path[aria-label]').length >= 7", [], {
    what: "the reporting lines drawn",
  });
  const lines = await edgeLabels();
  for (const line of [
    "Hugo Moreau reports to Elif Yilmaz",
    "Ivan Petrov reports to Hugo Moreau",
    "Ivan Petrov has a dotted line to Nora Lind",
    "Zoe Clark reports to Nora Lind",
    "Zoe Clark has a dotted line to Hugo Moreau",
  ]) {
    assert.ok(lines.includes(line), `${line} (drawn: ${lines.join("; ")})`);
  }
  await app.screenshot(join(artifactsDir(), "import-new-account-map.png"));
});

test("a file with one bad row is refused in the preview, naming the line", async () => {
  // File → Import contacts… (the menu sends the same action the shell does on a click).
  await app.menu("import");
  await app.waitFor(".import-dialog [role=alert]", { text: "Nothing will be imported: 1 row has problems" });
  const [problem] = await app.texts(".import-problems tbody tr");
  assert.ok(problem.startsWith("3Name (A)"), problem);
  assert.ok(problem.includes("this row has no name"), problem);
  const disabled = await app.execute("return document.querySelector('.import-dialog button.primary').disabled");
  assert.equal(disabled, true, "Import waits until the row is fixed or skipped");
  await app.screenshot(join(artifactsDir(), "import-refused.png"));
  await app.click(await app.waitFor(".import-dialog button", { text: "Cancel" }));
  await app.waitUntil("return !document.querySelector('.import-dialog')", [], { what: "dialog closed" });
  const names = await cardNames();
  assert.ok(!names.includes("Priya Shah"), "nothing was imported");
});

test("one Ctrl+Z takes an import back", async () => {
  await app.click(await app.find(".account-bar .import-button"));
  await app.waitFor(".import-dialog .import-counts", { text: "2 people" });
  await app.click(await app.waitFor(".import-dialog button.primary", { text: "Import 2 people" }));
  await app.waitFor(".person-card .card-name", { text: "Priya Shah" });
  await app.waitUntil(
    "return document.querySelector('.map-toolbar button[aria-keyshortcuts=\"Control+Z\"]')?.getAttribute('aria-label')",
    [],
    { what: "undo offered" },
  );
  const undo = await app.execute(
    "return document.querySelector('.map-toolbar button[aria-keyshortcuts=\"Control+Z\"]').getAttribute('aria-label')",
  );
  assert.equal(undo, "Undo Import 2 contacts from two-more.csv");
  assert.ok((await edgeLabels()).includes("Priya Shah has a dotted line to Nora Lind"));
  await app.type(await app.find('button[aria-keyshortcuts="F"]'), `${CONTROL}z${RELEASE}`);
  await app.waitUntil(
    "return !Array.from(document.querySelectorAll('.person-card .card-name')).some((n) => n.textContent === 'Priya Shah')",
    [],
    { what: "the imported people gone" },
  );
  const names = await cardNames();
  assert.ok(names.includes("Zoe Clark") && !names.includes("Leo Brandt"), names.join(", "));
});
