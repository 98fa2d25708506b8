// A strategic account of 300 people (`rapport generate --people 300`) in the real app at
// 1920×1080: the fitted map (screenshot kept), coverage drawn as badges with the full lines of the
// selected person only, a branch folded into its manager's card and opened again (kept across a
// restart), one branch in focus, and a card dragged onto a new manager and put back by one undo.
// Fitted, the map is far out: its cards are drawn on one canvas (FarCanvas.tsx), not mounted, so
// what is on the map is read from the canvas's own account of what it drew (rapportDrawn).
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
  await app.waitFor(".react-flow__node, .far-canvas");
  await fitted();
}

/** The whole map in view: every card is drawn (off-screen cards of a big map are not). */
async function fitted() {
  await app.click(await app.find('.map-toolbar button[aria-keyshortcuts="F"]'));
  await mapSettled(app);
}

/** Fitted, and far enough out that the cards are drawn on the canvas. */
async function fittedFar() {
  await fitted();
  await app.waitUntil("return document.querySelector('.far-canvas')?.rapportDrawn?.().length > 0", [], { what: "the far view's canvas" });
}

const shot = (name) => app.screenshot(join(artifactsDir(), `big-account-${name}.png`));

/** Cards on the map: drawn on the far view's canvas, or mounted as nodes. */
const CARD_COUNT = "return Number(document.querySelector('.far-canvas')?.dataset.cards ?? document.querySelectorAll('.react-flow__node').length)";
const cardCount = () => app.execute(CARD_COUNT);
const domNodes = () => app.execute("return document.querySelectorAll('.react-flow__node').length");
/** The cards the far view's canvas drew, in window pixels (empty when the cards are mounted). */
const drawn = () => app.execute("return document.querySelector('.far-canvas')?.rapportDrawn() ?? []");
const centreOf = (c) => [c.left + c.width / 2, c.top + c.height / 2];
const lineLabels = () =>
  app.execute("return Array.from(document.querySelectorAll('.react-flow__edge path[aria-label]')).map((p) => p.getAttribute('aria-label'))");
const coverageLines = async () => (await lineLabels()).filter((l) => l.includes(" covers "));

/** Each manager's branch toggle on screen: whose, how many below, folded or not. */
async function toggles() {
  const far = await drawn();
  if (far.length > 0) return far.filter((c) => c.below !== null).map((c) => ({ id: c.id, name: c.name, below: c.below, collapsed: c.folded !== null }));
  return app.execute(`
    return Array.from(document.querySelectorAll('[data-testid="branch-toggle"]')).map((t) => {
      const node = t.closest('.react-flow__node');
      const m = t.getAttribute('aria-label').match(/the (\\d+) (?:person|people) under/);
      return { id: node.getAttribute('data-id'), name: node.querySelector('.card-name').textContent,
               below: Number(m[1]), collapsed: t.getAttribute('aria-expanded') === 'false' };
    });`);
}

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
  const far = (await drawn()).map((c) => c.name);
  const names = far.length > 0 ? far : await app.execute("return Array.from(document.querySelectorAll('.react-flow__node .card-name')).map((n) => n.textContent)");
  return list.filter((t) => names.filter((n) => n === t.name).length === 1);
}

test("the fitted 300-person map is drawn on a canvas: a click there selects, a double-click comes close", async () => {
  assert.ok((await cardCount()) >= 300, "every card is drawn in the fitted view");
  assert.ok((await domNodes()) < 10, `far out the cards are not DOM nodes: ${await domNodes()}`);
  await shot("fitted-1920x1080");
  // Zoomed out this far, the heads of the biggest branches are named at a readable size.
  const labels = await app.execute(`
    return Array.from(document.querySelectorAll('[data-testid="overview-label"] strong')).map((n) => n.getBoundingClientRect().height);`);
  assert.ok(labels.length >= 5, `the biggest branches are named on the overview: ${labels.length}`);
  assert.ok(Math.min(...labels) >= 14, `overview names are drawn at a readable size: ${labels}`);
  const cards = await drawn();
  const left = Math.min(...cards.map((c) => c.left));
  const top = Math.min(...cards.map((c) => c.top));
  const right = Math.max(...cards.map((c) => c.left + c.width));
  const bottom = Math.max(...cards.map((c) => c.top + c.height));
  assert.ok(left >= 0 && top >= 0 && right <= 1920 && bottom <= 1080, `the whole map is in the window: ${[left, top, right, bottom]}`);
  // The compact layout fills the window rather than a strip across it.
  assert.ok(right - left > 1000 && bottom - top > 500, `the map uses the window's width and height: ${[left, top, right, bottom]}`);
  assert.deepEqual(await coverageLines(), [], "no coverage lines over the whole map");
  assert.ok(cards.some((c) => c.covered), "covered people carry our mark");

  // A click where a covered person is drawn selects them: the inspector shows their name.
  const names = cards.map((c) => c.name);
  const covered = cards.find((c) => c.covered && c.kind === "person" && names.filter((n) => n === c.name).length === 1);
  assert.ok(covered, "a covered person with a name of their own");
  await app.clickAt(centreOf(covered));
  await app.waitUntil("return Array.from(document.querySelectorAll('.inspector input')).some((i) => i.value === arguments[0])", [covered.name], {
    what: `${covered.name} in the inspector`,
  });
  await shot("far-selected");
  // A double-click comes close to them: real cards mount, theirs selected with its badges.
  await app.clickAt(centreOf(covered), { double: true });
  await app.waitUntil("return document.querySelector('.react-flow__node.selected .card-name')?.textContent === arguments[0]", [covered.name], {
    what: `${covered.name}'s card mounted and selected`,
  });
  await mapSettled(app);
  assert.equal(await app.execute("return document.querySelector('.far-canvas')"), null, "close up, no canvas");
  assert.ok((await domNodes()) >= 5, "close up, the cards in view are mounted");
  assert.ok(
    await app.execute("return document.querySelector('.react-flow__node.selected [data-testid=\"coverage-badges\"]') !== null"),
    "their card carries coverage badges",
  );
  await app.waitUntil(
    "return Array.from(document.querySelectorAll('.react-flow__edge path[aria-label]')).some((p) => p.getAttribute('aria-label').includes(' covers '))",
    [],
    { what: "the selected person's coverage lines" },
  );
  for (const label of await coverageLines()) assert.ok(label.includes(`covers ${covered.name}:`), `only ${covered.name}'s coverage is drawn: ${label}`);
  await app.type(await app.find("body"), "\uE00C");
  await app.waitUntil(
    "return !Array.from(document.querySelectorAll('.react-flow__edge path[aria-label]')).some((p) => p.getAttribute('aria-label').includes(' covers '))",
    [],
    { what: "coverage lines gone with the selection" },
  );
});

/** The relative luminance of the far view's canvas at a point of the window (0 black to 1 white). */
const CANVAS_LUMINANCE = `
  const canvas = document.querySelector('.far-canvas');
  const box = canvas.getBoundingClientRect();
  const ratio = canvas.width / box.width;
  const [r, g, b] = canvas.getContext('2d').getImageData(Math.round((arguments[0] - box.left) * ratio), Math.round((arguments[1] - box.top) * ratio), 1, 1).data;
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;`;

test("far out, the canvas paints cards in the theme's colours, light and dark", async () => {
  await fittedFar();
  // The body of a drawn card (below its name, clear of the band and the coverage mark).
  const card = (await drawn()).find((c) => c.kind === "person" && c.folded === null);
  const body = [card.left + card.width * 0.5, card.top + card.height * 0.8];
  const light = await app.execute(`${CANVAS_LUMINANCE} return luminance;`, body);
  assert.ok(light > 0.8, `a light card on the light theme: ${light}`);
  // The theme as Settings applies it (lib/theme.ts): one attribute on the root element.
  await app.execute("document.documentElement.dataset.theme = 'dark'; document.documentElement.style.colorScheme = 'dark';");
  try {
    await app.waitUntil(`${CANVAS_LUMINANCE} return luminance < 0.3;`, body, { what: "the drawn card turns dark with the theme" });
    await shot("fitted-dark");
  } finally {
    await app.execute("document.documentElement.dataset.theme = 'light'; document.documentElement.style.colorScheme = 'light';");
  }
  await app.waitUntil(`${CANVAS_LUMINANCE} return luminance > 0.8;`, body, { what: "light again with the theme" });
});

test("far out, a drag on a drawn card moves the view and says how to move a card", async () => {
  await fittedFar();
  const card = (await drawn()).find((c) => c.kind === "person");
  const [x, y] = centreOf(card);
  await app.drag([x, y], [x + 120, y + 60]);
  await app.waitFor(".pan-hint", { text: "Zoom in" });
  await shot("far-drag-hint");
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
  await app.waitUntil(`${CARD_COUNT} === arguments[0]`, [before - branch.below], {
    what: `${branch.below} people folded into ${branch.name}`,
  });
  const folded = (await toggles()).find((t) => t.id === branch.id);
  assert.equal(folded.collapsed, true);
  // Far out the folded card is drawn as a stack with the count of the people under it.
  const drawnFold = (await drawn()).find((c) => c.id === branch.id);
  assert.equal(drawnFold?.folded, branch.below, "the folded card counts the people under it");
  await shot("branch-folded");

  // Not an edit: no undo step, and it is still folded when the account opens again.
  await openApp();
  assert.equal(await cardCount(), before - branch.below, "the fold is kept for this account");
  // X on the selected manager opens it again, as the toggle under the card does.
  await findPerson(branch.name);
  await app.type(await app.find("body"), "x");
  await fitted();
  await app.waitUntil(`${CARD_COUNT} === arguments[0]`, [before], { what: "the branch open again" });
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
  await app.waitUntil(`${CARD_COUNT} === arguments[0]`, [before], { what: "everyone back" });
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
