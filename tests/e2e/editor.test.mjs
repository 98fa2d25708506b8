// The map editor, end to end in the real app: quick-add three people, connect coverage, set a
// role, undo, refuse an invalid edit, delete with confirmation — then restart the app on the same
// workspace file and find the map exactly as it was left, undo history included.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { appBinary, artifactsDir, isolatedEnv, writeDemo } from "./paths.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const ENTER = "\uE007";
const CONTROL = "\uE009";
const RELEASE = "\uE000";

const home = isolatedEnv("editor");
const workspace = writeDemo(join(home.root, "demo.rapport"));
const args = ["--workspace", workspace, "--open", "Helios Freight"];
let driver;
let app;

before(async () => {
  mkdirSync(artifactsDir(), { recursive: true });
  driver = await startDriver({ env: home.env });
  app = await Session.open(driver.base, appBinary(), args);
  await app.waitFor(".react-flow__edge");
});

after(async () => {
  await app?.close();
  driver?.stop();
});

/** Selects a person the way a facilitator would find them: the search box, then Enter. */
async function select(name) {
  await app.type(await app.find(".search-box input"), name);
  await app.waitFor("#search-results li", { text: name });
  await app.type(await app.find(".search-box input"), ENTER);
  await app.waitFor(".inspector input", {});
  await app.waitUntil(
    "return Array.from(document.querySelectorAll('.inspector input')).some((i) => i.value === arguments[0])",
    [name],
    { what: `${name} in the inspector` },
  );
}

/** Whether the person's card shows `text` (a role badge, a title…). */
const cardShows = (name, text) =>
  app.execute(
    `const [name, text] = arguments;
     const node = Array.from(document.querySelectorAll('.react-flow__node'))
       .find((n) => n.querySelector('.card-name')?.textContent === name);
     return node ? node.textContent.includes(text) : null;`,
    [name, text],
  );

const edgeLabels = () =>
  app.execute(
    "return Array.from(document.querySelectorAll('.react-flow__edge path[aria-label]')).map((p) => p.getAttribute('aria-label'))",
  );

/** What the toolbar's undo button would undo, as its accessible name says. */
const undoLabel = () =>
  app.waitUntil("return document.querySelector('.map-toolbar button[aria-keyshortcuts=\"Control+Z\"]')?.getAttribute('aria-label')");

test("quick-add adds three people, one per Enter, and clears the bar", async () => {
  const bar = await app.find(".quick-add-input");
  for (const line of [
    "Jane Doe, CFO, budget, blocker, reports to Margaret Chen",
    "John Roe, Head of Data, IT",
    "Kim Lee, Buyer, Procurement, gatekeeper",
  ]) {
    await app.type(bar, line + ENTER);
    const name = line.split(",")[0];
    await app.waitFor(".person-card .card-name", { text: name });
    await app.waitUntil("return document.querySelector('.quick-add-input').value === ''", [], { what: "bar cleared" });
  }
  assert.equal(await cardShows("Jane Doe", "Blocker"), true, "attitude from the line");
  assert.equal(await cardShows("Jane Doe", "Budget"), true, "role from the line");
  await app.waitUntil(
    "return Array.from(document.querySelectorAll('.react-flow__edge path[aria-label]')).some((p) => p.getAttribute('aria-label') === 'Jane Doe reports to Margaret Chen')",
    [],
    { what: "Jane's reporting line" },
  );
  const names = await app.texts(".person-card .card-name");
  assert.equal(names.length, 20, "17 demo people and 3 new ones");
});

test("a team member is connected to one of them by coverage", async () => {
  await select("Ben Carter");
  await app.click(await app.waitFor(".person-actions button", { text: "Connect" }));
  await app.waitFor(".connect-dialog");
  await app.click(await app.waitFor(".connect-dialog option", { text: "John Roe" }));
  await app.waitFor(".connect-dialog label", { text: "Ben Carter covers John Roe" });
  await app.click(await app.waitFor(".connect-dialog button.primary", { text: "Connect" }));
  await app.waitUntil(
    "return Array.from(document.querySelectorAll('.react-flow__edge path[aria-label]')).some((p) => p.getAttribute('aria-label').startsWith('Ben Carter covers John Roe'))",
    [],
    { what: "the coverage line" },
  );
  assert.ok((await edgeLabels()).includes("Ben Carter covers John Roe: aware (wanted: trusted)"));
});

test("dragging from a card's connect dot to another card draws a line", async () => {
  await app.click(await app.find(".inspector .close"));
  await app.click(await app.find('.map-toolbar button[aria-keyshortcuts="F"]'));
  await new Promise((r) => setTimeout(r, 600)); // the fit is animated
  const [from, to] = await app.execute(`
    const node = (name) => Array.from(document.querySelectorAll('.react-flow__node'))
      .find((n) => n.querySelector('.card-name')?.textContent === name);
    const a = node('Anna Kowalski').querySelector('.connect-handle').getBoundingClientRect();
    const b = node('Jane Doe').getBoundingClientRect();
    return [[a.x + a.width / 2, a.y + a.height / 2], [b.x + b.width / 2, b.y + b.height / 3]];`);
  await app.drag(from, to);
  await app.waitFor(".connect-dialog label", { text: "Anna Kowalski covers Jane Doe" });
  await app.click(await app.waitFor(".connect-dialog button.primary", { text: "Connect" }));
  await app.waitUntil(
    "return Array.from(document.querySelectorAll('.react-flow__edge path[aria-label]')).some((p) => p.getAttribute('aria-label').startsWith('Anna Kowalski covers Jane Doe'))",
    [],
    { what: "the dragged coverage line" },
  );
});

test("double-clicking the empty canvas adds a person right there", async () => {
  await app.execute(`const pane = document.querySelector('.react-flow__pane'); const b = pane.getBoundingClientRect();
    pane.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, clientX: b.x + 150, clientY: b.y + 60 }));`);
  await app.type(await app.waitFor(".create-at input"), "Zed Zeta, Auditor" + ENTER);
  await app.waitFor(".person-card .card-name", { text: "Zed Zeta" });
  assert.equal(await app.execute("return document.querySelector('.create-at')"), null, "the popup closed");
});

test("setting a role in the inspector shows on the card, and undo takes it back", async () => {
  await select("John Roe");
  await app.click(await app.waitFor(".inspector .chip", { text: "User" }));
  await app.waitUntil(
    "return Array.from(document.querySelectorAll('.person-card')).some((c) => c.textContent.includes('John Roe') && c.querySelector('.role-user'))",
    [],
    { what: "John's User badge" },
  );
  assert.equal(await undoLabel(), "Undo Edit John Roe");
  // Ctrl+Z from the keyboard (sent to a toolbar button, as a user's focus would be).
  await app.type(await app.find('button[aria-keyshortcuts="F"]'), `${CONTROL}z${RELEASE}`);
  await app.waitUntil(
    "return Array.from(document.querySelectorAll('.person-card')).some((c) => c.textContent.includes('John Roe') && c.textContent.includes('No role yet'))",
    [],
    { what: "John's role undone" },
  );
});

test("Edit → Undo in the menu bar names the last edit and undoes it", async () => {
  await select("John Roe");
  await app.click(await app.waitFor(".inspector .chip", { text: "Gatekeeper" }));
  await app.waitUntil(
    "return Array.from(document.querySelectorAll('.person-card')).some((c) => c.textContent.includes('John Roe') && c.querySelector('.role-gatekeeper'))",
    [],
    { what: "John's Gatekeeper badge" },
  );
  const menuHistory = () => app.execute("return window.__TAURI_INTERNALS__.invoke('history_in_menu')");
  await app.waitUntil("return window.__TAURI_INTERNALS__.invoke('history_in_menu').then((h) => h[0][0].startsWith('Undo Edit John Roe'))", [], {
    what: "the menu naming the step",
  });
  const [[undoText, undoEnabled]] = await menuHistory();
  assert.match(undoText, /^Undo Edit John Roe {4}\(Ctrl\+Z\)$/);
  assert.equal(undoEnabled, true);
  // WebDriver cannot click a native menu: the test sends the event the menu item sends.
  await app.menu("undo");
  await app.waitUntil(
    "return Array.from(document.querySelectorAll('.person-card')).some((c) => c.textContent.includes('John Roe') && c.textContent.includes('No role yet'))",
    [],
    { what: "John's role undone from the menu" },
  );
  await app.waitUntil("return window.__TAURI_INTERNALS__.invoke('history_in_menu').then((h) => h[1][0].startsWith('Redo Edit John Roe') && h[1][1])", [], {
    what: "Redo naming the undone step",
  });
});

test("View → Zoom in/out and the + and - keys zoom the map; Help → Facilitator guide lists every step", async () => {
  const scale = "return Number(/scale\\(([\\d.]+)\\)/.exec(document.querySelector('.react-flow__viewport').style.transform)?.[1])";
  const start = await app.execute(scale);
  assert.ok(start > 0, `a zoom is read from the viewport (${start})`);
  await app.menu("zoomIn");
  await app.waitUntil(`${scale} > arguments[0] * 1.1`, [start], { what: "zoomed in from the menu" });
  const zoomedIn = await app.execute(scale);
  // The same action from its key, as the one action table gives both: "-" zooms out again.
  // Keys go to what has focus: a card, as after Tab (the key handler listens on the window).
  await app.type(await app.find(".react-flow__node"), "-");
  await app.waitUntil(`${scale} < arguments[0] * 0.9`, [zoomedIn], { what: "zoomed out by the - key" });

  await app.menu("guide");
  const dialog = await app.waitFor('[role="dialog"][aria-label="Facilitator guide"]');
  const text = await app.execute("return document.querySelector('[role=\"dialog\"]').textContent");
  for (const words of ["1 Understand", "6 Review", "Who are their budget holders, gatekeepers and users?", "What do we want from each key person this quarter?"]) {
    assert.ok(text.includes(words), `the guide says "${words}"`);
  }
  await app.screenshot(join(artifactsDir(), "guide-dialog.png"));
  await app.click(await app.waitFor('[role="dialog"] button.primary', { text: "Close" }));
  await app.waitUntil("return !document.querySelector('[role=\"dialog\"]')", [], { what: "the guide closed" });
  assert.ok(dialog);
});

test("an invalid edit is refused with a clear message and nothing is saved", async () => {
  const bar = await app.find(".quick-add-input");
  await app.type(bar, "Sam Lee, ours, reports to Margaret Chen" + ENTER);
  const message = await app.waitFor(".quick-add-error", { text: "one of our team" });
  assert.ok(message);
  assert.equal(await app.execute("return document.querySelector('.quick-add-input').value"), "Sam Lee, ours, reports to Margaret Chen");
  await app.execute("document.querySelector('.quick-add-input').select()");
  await app.type(bar, "\uE003");

  // A reporting cycle: Margaret Chen cannot report to Jane Doe, who reports to her.
  await select("Margaret Chen");
  await app.click(await app.waitFor(".person-actions button", { text: "Connect" }));
  await app.click(await app.waitFor(".connect-dialog option", { text: "Jane Doe" }));
  await app.click(await app.waitFor(".connect-dialog label", { text: "Margaret Chen reports to Jane Doe" }));
  await app.click(await app.waitFor(".connect-dialog button.primary"));
  const banner = await app.waitFor(".error-banner", { text: "cannot report to" });
  assert.ok(banner);
  assert.ok(!(await edgeLabels()).includes("Margaret Chen reports to Jane Doe"));
});

test("deleting asks first and names what goes with the person", async () => {
  await select("Kim Lee");
  await app.click(await app.waitFor(".person-actions button.danger", { text: "Delete" }));
  const dialog = await app.waitFor(".delete-dialog", { text: "Delete Kim Lee?" });
  assert.ok(dialog);
  await app.click(await app.waitFor(".delete-dialog button.danger", { text: "Delete Kim Lee" }));
  await app.waitUntil(
    "return !Array.from(document.querySelectorAll('.person-card .card-name')).some((n) => n.textContent === 'Kim Lee')",
    [],
    { what: "Kim Lee gone" },
  );
  await app.screenshot(join(artifactsDir(), "editor-after-edits.png"));
});

test("a card is reached, selected and moved from the keyboard alone", async () => {
  await app.click(await app.find('.map-toolbar button[aria-keyshortcuts="F"]'));
  await new Promise((r) => setTimeout(r, 600));
  // Tab lands on cards (they are focusable); focus one as Tab would, then Enter and arrow keys.
  const id = await app.execute(`
    const node = Array.from(document.querySelectorAll('.react-flow__node'))
      .find((n) => n.querySelector('.card-name')?.textContent === 'John Roe');
    node.focus();
    return document.activeElement === node ? node.getAttribute('data-id') : null;`);
  assert.ok(id, "the card takes focus");
  const card = await app.find(`.react-flow__node[data-id="${id}"]`);
  await app.type(card, "\uE007");
  await app.waitUntil(
    "return Array.from(document.querySelectorAll('.inspector input')).some((i) => i.value === 'John Roe')",
    [],
    { what: "John Roe selected with Enter" },
  );
  await app.type(card, "\uE014\uE014\uE014");
  await app.waitUntil(
    "return document.querySelector('.map-toolbar button[aria-keyshortcuts=\"Control+Z\"]')?.getAttribute('aria-label') === 'Undo Move John Roe'",
    [],
    { what: "the keyboard move stored" },
  );
  await app.type(card, `${CONTROL}z${RELEASE}`);
  await app.waitUntil(
    "return document.querySelector('.map-toolbar button[aria-keyshortcuts=\"Control+Z\"]')?.getAttribute('aria-label') !== 'Undo Move John Roe'",
    [],
    { what: "the move undone" },
  );
});

test("dragging a card stores one move, undone in one step", async () => {
  const [from, to] = await app.execute(`
    const node = Array.from(document.querySelectorAll('.react-flow__node'))
      .find((n) => n.querySelector('.card-name')?.textContent === 'Jane Doe');
    const b = node.getBoundingClientRect();
    return [[b.x + 30, b.y + 12], [b.x + 30, b.y + 92]];`);
  await app.drag(from, to);
  const label = "return document.querySelector('.map-toolbar button[aria-keyshortcuts=\"Control+Z\"]')?.getAttribute('aria-label')";
  await app.waitUntil(`${label} === 'Undo Move Jane Doe'`, [], { what: "the drag stored" });
  await new Promise((r) => setTimeout(r, 800)); // a second, stray move would have been stored by now
  await app.click(await app.find('.map-toolbar button[aria-keyshortcuts="Control+Z"]'));
  await app.waitUntil(`${label} === 'Undo Delete Kim Lee'`, [], { what: "one undo takes the whole drag back" });
});

test("after a restart the map is exactly as it was left, and undo goes on", async () => {
  await app.close();
  app = await Session.open(driver.base, appBinary(), args);
  await app.waitFor(".react-flow__edge");
  const names = await app.texts(".person-card .card-name");
  assert.ok(names.includes("Jane Doe") && names.includes("John Roe"), names.join(", "));
  assert.ok(!names.includes("Kim Lee"), "the deletion stayed");
  assert.equal(await cardShows("John Roe", "No role yet"), true, "the undone role stayed undone");
  assert.ok((await edgeLabels()).includes("Ben Carter covers John Roe: aware (wanted: trusted)"));
  assert.equal(await undoLabel(), "Undo Delete Kim Lee", "history survived the restart");
  await app.click(await app.find('button[aria-label^="Undo"]'));
  await app.waitFor(".person-card .card-name", { text: "Kim Lee" });
  await app.screenshot(join(artifactsDir(), "editor-after-restart.png"));
});
