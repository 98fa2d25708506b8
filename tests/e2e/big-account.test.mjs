// A strategic account of 300 people (`rapport generate --people 300`) in the real app at
// 1920×1080: the fitted map (screenshot kept), coverage drawn as badges with the full lines of the
// selected person only, a branch folded into its manager's card and opened again (kept across a
// restart), one branch in focus, and a card dragged onto a new manager and put back by one undo.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { appBinary, artifactsDir, cliBinary, isolatedEnv, TODAY } from "./paths.mjs";
import { cardCentre, mapSettled } from "./mapView.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const BIG = "Three Hundred Holdings";
const home = isolatedEnv("big-account");
const workspace = join(home.root, "big.rapport");
execFileSync(cliBinary(), ["generate", "--workspace", workspace, "--today", TODAY, "--people", "300", "--name", BIG]);
let driver;
let app;

before(async () => {
  mkdirSync(artifactsDir(), { recursive: true });
  driver = await startDriver({ env: home.env });
  await openApp();
});

after(async () => {
  await app?.close();
  driver?.stop();
});

async function openApp() {
  await app?.close();
  app = await Session.open(driver.base, appBinary(), ["--workspace", workspace, "--open", BIG]);
  await app.setWindowRect({ x: 0, y: 0, width: 1920, height: 1080 });
  await app.waitFor(".react-flow__node");
  await fitted();
}

/** The whole map in view: every card is drawn (off-screen cards of a big map are not). */
async function fitted() {
  await app.click(await app.find('.map-toolbar button[aria-keyshortcuts="F"]'));
  await mapSettled(app);
}

const shot = (name) => app.screenshot(join(artifactsDir(), `big-account-${name}.png`));

const cardCount = () => app.execute("return document.querySelectorAll('.react-flow__node').length");
const lineLabels = () =>
  app.execute("return Array.from(document.querySelectorAll('.react-flow__edge path[aria-label]')).map((p) => p.getAttribute('aria-label'))");
const coverageLines = async () => (await lineLabels()).filter((l) => l.includes(" covers "));

/** Each manager's branch toggle on screen: whose, how many below, folded or not. */
const toggles = () =>
  app.execute(`
    return Array.from(document.querySelectorAll('[data-testid="branch-toggle"]')).map((t) => {
      const node = t.closest('.react-flow__node');
      const m = t.getAttribute('aria-label').match(/the (\\d+) (?:person|people) under/);
      return { id: node.getAttribute('data-id'), name: node.querySelector('.card-name').textContent,
               below: Number(m[1]), collapsed: t.getAttribute('aria-expanded') === 'false' };
    });`);

async function clickToggleOf(id) {
  await app.click(await app.find(`.react-flow__node[data-id="${id}"] [data-testid="branch-toggle"]`));
}

/** Finds a person by name as a facilitator would: the search box selects them and brings them close. */
async function findPerson(name) {
  await app.type(await app.find(".search-box input"), name);
  await app.waitFor("#search-results li", { text: name });
  await app.type(await app.find(".search-box input"), "\uE007");
  await app.waitUntil("return document.querySelector('.react-flow__node.selected .card-name')?.textContent === arguments[0]", [name], {
    what: `${name} selected`,
  });
  await mapSettled(app);
}

/** Managers whose name no one else on the map shares (search then finds them alone). */
async function uniquelyNamed(list) {
  const names = await app.execute("return Array.from(document.querySelectorAll('.react-flow__node .card-name')).map((n) => n.textContent)");
  return list.filter((t) => names.filter((n) => n === t.name).length === 1);
}

test("the fitted 300-person map draws coverage as badges, and the selected person's lines in full", async () => {
  assert.ok((await cardCount()) >= 300, "every card is drawn in the fitted view");
  await shot("fitted-1920x1080");
  // Zoomed out this far, the heads of the biggest branches are named at a readable size.
  const labels = await app.execute(`
    return Array.from(document.querySelectorAll('[data-testid="overview-label"] strong')).map((n) => n.getBoundingClientRect().height);`);
  assert.ok(labels.length >= 5, `the biggest branches are named on the overview: ${labels.length}`);
  assert.ok(Math.min(...labels) >= 14, `overview names are drawn at a readable size: ${labels}`);
  const bounds = await app.execute(`
    const r = Array.from(document.querySelectorAll('.react-flow__node')).map((n) => n.getBoundingClientRect());
    return [Math.min(...r.map((b) => b.left)), Math.min(...r.map((b) => b.top)), Math.max(...r.map((b) => b.right)), Math.max(...r.map((b) => b.bottom))];`);
  const [left, top, right, bottom] = bounds;
  assert.ok(left >= 0 && top >= 0 && right <= 1920 && bottom <= 1080, `the whole map is in the window: ${bounds}`);
  // The compact layout fills the window rather than a strip across it.
  assert.ok(right - left > 1000 && bottom - top > 500, `the map uses the window's width and height: ${bounds}`);

  assert.deepEqual(await coverageLines(), [], "no coverage lines over the whole map");
  const badged = await app.execute("return document.querySelectorAll('[data-testid=\"coverage-badges\"]').length");
  assert.ok(badged > 0, "covered people carry badges");

  // Select a covered person: their coverage lines are drawn in full.
  const covered = await app.execute(
    "return document.querySelector('[data-testid=\"coverage-badges\"]').closest('.react-flow__node').getAttribute('data-id')",
  );
  const name = await app.execute(`return document.querySelector('.react-flow__node[data-id="${covered}"] .card-name').textContent`);
  await findPerson(name);
  await app.waitUntil(
    "return Array.from(document.querySelectorAll('.react-flow__edge path[aria-label]')).some((p) => p.getAttribute('aria-label').includes(' covers '))",
    [],
    { what: "the selected person's coverage lines" },
  );
  for (const label of await coverageLines()) assert.ok(label.includes(`covers ${name}:`), `only ${name}'s coverage is drawn: ${label}`);
  await app.type(await app.find("body"), "\uE00C");
  await app.waitUntil(
    "return !Array.from(document.querySelectorAll('.react-flow__edge path[aria-label]')).some((p) => p.getAttribute('aria-label').includes(' covers '))",
    [],
    { what: "coverage lines gone with the selection" },
  );
});

test("a branch folds into its manager's card, stays folded after a restart, and opens again", async () => {
  await fitted();
  const before = await cardCount();
  // The biggest branch below the top: folding it takes many people off the map.
  const branch = (await uniquelyNamed(await toggles())).filter((t) => !t.collapsed).sort((a, b) => b.below - a.below)[1];
  assert.ok(branch && branch.below >= 10, `a manager with a sizeable branch: ${JSON.stringify(branch)}`);
  await findPerson(branch.name);
  await clickToggleOf(branch.id);
  await fitted();
  await app.waitUntil("return document.querySelectorAll('.react-flow__node').length === arguments[0]", [before - branch.below], {
    what: `${branch.below} people folded into ${branch.name}`,
  });
  const folded = (await toggles()).find((t) => t.id === branch.id);
  assert.equal(folded.collapsed, true);
  const text = await app.execute(`return document.querySelector('.react-flow__node[data-id="${branch.id}"] [data-testid="branch-toggle"]').textContent`);
  assert.ok(text.includes(String(branch.below)), `the folded card counts the people under it: ${text}`);
  await shot("branch-folded");

  // Not an edit: no undo step, and it is still folded when the account opens again.
  await openApp();
  assert.equal(await cardCount(), before - branch.below, "the fold is kept for this account");
  // X on the selected manager opens it again, as the toggle under the card does.
  await findPerson(branch.name);
  await app.type(await app.find("body"), "x");
  await fitted();
  await app.waitUntil("return document.querySelectorAll('.react-flow__node').length === arguments[0]", [before], { what: "the branch open again" });
});

test("focusing a branch shows that manager's people alone, and Esc brings everyone back", async () => {
  await fitted();
  const before = await cardCount();
  const branch = (await uniquelyNamed(await toggles())).filter((t) => t.below >= 4 && t.below <= 20).sort((a, b) => a.below - b.below)[0];
  assert.ok(branch, "a mid-sized branch");
  await findPerson(branch.name);
  await app.type(await app.find("body"), "b");
  await app.waitFor(".branch-focus-bar", { text: branch.name });
  await mapSettled(app);
  const clients = await app.execute("return document.querySelectorAll('[data-testid=\"person-card\"]').length");
  assert.equal(clients, branch.below + 1, "the manager and everyone under them");
  await shot("branch-focused");
  // Esc first lets go of the selection, then of the focus.
  await app.type(await app.find("body"), "\uE00C");
  await app.type(await app.find("body"), "\uE00C");
  await app.waitUntil("return document.querySelector('.branch-focus-bar') === null", [], { what: "the focus left" });
  await fitted();
  await app.waitUntil("return document.querySelectorAll('.react-flow__node').length === arguments[0]", [before], { what: "everyone back" });
});

test("on the big map a card dropped onto another person reports to them, and one undo puts it back", async () => {
  await fitted();
  // A branch in focus brings its cards to a size a hand can drag.
  const branch = (await uniquelyNamed(await toggles())).filter((t) => t.below >= 3 && t.below <= 12).sort((a, b) => a.below - b.below)[0];
  assert.ok(branch, "a small branch");
  await findPerson(branch.name);
  await app.type(await app.find("body"), "b");
  await app.waitFor(".branch-focus-bar", { text: branch.name });
  await app.type(await app.find("body"), "\uE00C");
  await mapSettled(app);
  const reports = (await lineLabels())
    .filter((l) => l.endsWith(` reports to ${branch.name}`))
    .map((l) => l.slice(0, -` reports to ${branch.name}`.length));
  assert.ok(reports.length >= 2, `two people report to ${branch.name}: ${reports}`);
  const [mover, manager] = reports;
  await app.drag(await cardCentre(app, mover), await cardCentre(app, manager), { holdMs: 1200 });
  await app.waitUntil("return Array.from(document.querySelectorAll('.react-flow__edge path[aria-label]')).some((p) => p.getAttribute('aria-label') === arguments[0])", [
    `${mover} reports to ${manager}`,
  ], { what: "the new reporting line" });
  assert.equal(
    await app.execute("return document.querySelector('.map-toolbar button[aria-keyshortcuts=\"Control+Z\"]')?.getAttribute('aria-label')"),
    `Undo Move ${mover} under ${manager}`,
  );
  await shot("reparented");
  await app.type(await app.find("body"), "\uE009z\uE000");
  await app.waitUntil("return Array.from(document.querySelectorAll('.react-flow__edge path[aria-label]')).some((p) => p.getAttribute('aria-label') === arguments[0])", [
    `${mover} reports to ${branch.name}`,
  ], { what: "the old manager back after one undo" });
  assert.equal((await lineLabels()).includes(`${mover} reports to ${manager}`), false);
  await app.click(await app.find('.branch-focus-bar button'));
});
