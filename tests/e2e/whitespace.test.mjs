// The whitespace matrix, end to end in the real app on the demo account: add an offering to the
// workspace's catalogue (a refused deal size saves nothing), mark a cell as an opportunity whose
// budget holder nobody of ours knows (a negative value is refused next to its field), undo and
// redo that cell, see the totals move, show the budget holder on the map, then find the
// weakly-covered-opportunity finding in Analyse and make it a goal that Determine lists.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, test } from "node:test";
import { formsOf, ref } from "./forms.mjs";
import { appBinary, artifactsDir, isolatedEnv, writeDemo } from "./paths.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const home = isolatedEnv("whitespace");
const workspace = writeDemo(join(home.root, "demo.rapport"));
let driver;
let app;

before(async () => {
  // Port 4744 ("ws"): other suites use 4444, 4544…
  driver = await startDriver({ port: 4744, env: home.env });
  app = await Session.open(driver.base, appBinary(), ["--workspace", workspace]);
  mkdirSync(artifactsDir(), { recursive: true });
});

after(async () => {
  await app?.close();
  driver?.stop();
});

const shot = (name) => app.screenshot(join(artifactsDir(), `ws-${name}.png`));

const { setValue, choose, within, press } = formsOf(() => app);

async function goTo(step) {
  await app.click(await app.waitFor(`.step-tab[data-step="${step}"]`));
  await app.waitFor(`.plan-step[data-step="${step}"] .plan-panel`);
}

const text = async (css) => (await app.texts(css)).join(" | ");
/** The matrix cell button of an offering × need, by its accessible name. */
const cell = (offering, need) => `.ws-cell[aria-label^="${offering} × ${need}:"]`;
const cellText = (offering, need) => text(cell(offering, need));

const OFFERING = "Yard Planning";
const NEED = "Finance reporting";
const HOLDER = "Daniel Okafor";
const FINDING = `${HOLDER} holds the budget for an open opportunity but barely knows us`;
const GOAL = `Reach 'trusted' with ${HOLDER} before pursuing ${OFFERING}`;

test("the demo account's Understand step shows the whitespace matrix with its totals", async () => {
  await app.waitFor(".account-link", { text: "Helios Freight" });
  await press(await app.waitFor(".account-link", { text: "Helios Freight" }));
  await app.waitFor(".account-bar h1", { text: "Helios Freight" });
  await goTo("understand");
  await app.waitFor(".ws-matrix");
  // The demo's offerings by family, its needs, states as words, budget holders' initials.
  assert.match(await text(".ws-family th"), /Data.*Platform.*Services/);
  assert.match(await text(".ws-matrix thead"), /Depots.*Finance reporting.*Fleet.*Warehousing/);
  assert.match(await cellText("Warehouse Management Cloud", "Warehousing"), /In progress.*€300K.*CM/);
  assert.match(await text(".ws-totals"), /Owned revenue€315K.*Open cross-sell€105K.*Open up-sell€570K/);
  await app.execute(`document.querySelector(".ws-panel").scrollIntoView({ block: "start" });`);
  await shot("matrix-light");
});

test("an offering is added to the catalogue; a negative deal size is refused and saves nothing", async () => {
  await press(await app.waitFor(".ws-panel button", { text: "Offerings…" }));
  await app.waitFor(".ws-catalogue .ws-offerings li", { text: "Fleet Telematics" });
  await setValue('.ws-catalogue input[name="name"]', OFFERING);
  await setValue('.ws-catalogue input[name="family"]', "Platform");
  await setValue('.ws-catalogue input[name="typicalDealSize"]', "-5");
  await press(await app.waitFor(".ws-catalogue button[type=submit]", { text: "Add offering" }));
  await app.waitFor(".ws-catalogue .field-error", { text: "The typical deal size must be 0 or more." });
  assert.doesNotMatch(await text(".ws-catalogue .ws-offerings"), /Yard Planning/, "nothing saved");

  await setValue('.ws-catalogue input[name="typicalDealSize"]', "75,000");
  await press(await app.waitFor(".ws-catalogue button[type=submit]", { text: "Add offering" }));
  await app.waitFor(".ws-catalogue .ws-offerings li", { text: OFFERING });
  await app.waitFor(".ws-catalogue .plan-status", { text: `Added “${OFFERING}”` });
  // A workspace step: the catalogue's own undo names it (the portfolio's history).
  await app.waitFor(".ws-catalogue-foot button", { text: `Undo Add offering “${OFFERING}”` });
  await shot("catalogue");
  await press(await app.waitFor(".ws-catalogue-foot button", { text: "Done" }));
  // The new row is in the matrix, under its family.
  await app.waitFor(cell(OFFERING, NEED));
  assert.match(await cellText(OFFERING, NEED), /Not relevant/);
});

test("a cell becomes an opportunity with a weakly covered budget holder; a negative value is refused", async () => {
  await press(await app.waitFor(cell(OFFERING, NEED)));
  await app.waitFor(".ws-cell-dialog h2", { text: `${OFFERING} × ${NEED}` });
  await choose('.ws-cell-dialog select[name="state"]', "Opportunity");
  await setValue('.ws-cell-dialog input[name="estimatedValue"]', "-1");
  await choose('.ws-cell-dialog select[name="budgetHolder"]', HOLDER);
  await press(await app.waitFor(".ws-cell-dialog button[type=submit]"));
  await app.waitFor(".ws-cell-dialog .field-error", { text: "The estimated value must be 0 or more." });
  assert.match(await cellText(OFFERING, NEED), /Not relevant/, "nothing saved");

  await setValue('.ws-cell-dialog input[name="estimatedValue"]', "95,000");
  await setValue('.ws-cell-dialog textarea[name="note"]', "Yard costs came up at the finance review.");
  await shot("cell-editor");
  await press(await app.waitFor(".ws-cell-dialog button[type=submit]"));
  await app.waitFor(".plan-status.ok", { text: `Set ${OFFERING} for ${NEED}` });
  await app.waitUntil("return !document.querySelector('.ws-cell-dialog')", [], { what: "the editor closed" });
  assert.match(await cellText(OFFERING, NEED), /Opportunity.*€95,000.*DO/);
  // A new offering for Helios: open cross-sell grows by the cell's value (105K + 95K).
  await app.waitFor(".ws-totals", { text: "€200K" });
});

test("undo and redo of the cell edit", async () => {
  await press(await app.waitFor('.plan-history button[aria-label^="Undo"]'));
  await app.waitFor(".plan-status.ok", { text: `Undone: Set ${OFFERING} for ${NEED}` });
  await app.waitUntil("return /Not relevant/.test(document.querySelector(arguments[0])?.textContent ?? '')", [cell(OFFERING, NEED)], {
    what: "the cell back to not relevant",
  });
  await app.waitFor(".ws-totals", { text: "€105K" });
  await press(await app.waitFor('.plan-history button[aria-label^="Redo"]'));
  await app.waitFor(".plan-status.ok", { text: `Redone: Set ${OFFERING} for ${NEED}` });
  await app.waitUntil("return /Opportunity/.test(document.querySelector(arguments[0])?.textContent ?? '')", [cell(OFFERING, NEED)], {
    what: "the cell an opportunity again",
  });
  await app.execute(`document.querySelector(".ws-panel").scrollIntoView({ block: "start" });`);
  await shot("matrix-after-edit");
});

test("the budget holder's name shows them on the map", async () => {
  await press(await app.waitFor(cell(OFFERING, NEED)));
  await press(await app.waitFor(".ws-cell-dialog .ws-show-holder", { text: `Show ${HOLDER} on the map` }));
  await app.waitFor(".map-highlight-bar", { text: `Highlighted: ${HOLDER}` });
  await press(await app.waitFor(".map-highlight-bar button", { text: "Back to Understand" }));
  await app.waitFor(".ws-matrix");
});

test("the finding appears in Analyse and becomes a goal that Determine lists", async () => {
  await goTo("analyse");
  await app.waitFor(".finding h5", { text: FINDING });
  const explanation = await text(`article.finding`);
  assert.match(explanation, new RegExp(`${OFFERING} for ${NEED}`), "the finding names the cell");
  await press(await within("article.finding", FINDING, "button.make-goal"));
  await app.waitFor(".plan-status.ok", { text: `Make goal “${GOAL}”` });
  await goTo("determine");
  await app.waitFor(".goal-row", { text: GOAL });
});

test("the matrix reads in dark mode", async () => {
  await goTo("understand");
  await app.waitFor(".ws-matrix");
  await app.execute(`document.documentElement.dataset.theme = "dark"; document.querySelector(".ws-panel").scrollIntoView({ block: "start" });`);
  await sleep(300);
  await shot("matrix-dark");
  const colours = await app.execute(
    `const c = document.querySelector(arguments[0]);
     const s = getComputedStyle(c), w = getComputedStyle(c.querySelector(".ws-word"));
     return [s.backgroundColor, w.color];`,
    [cell(OFFERING, NEED)],
  );
  assert.notEqual(colours[0], colours[1], "the word stands out from its cell");
  await app.execute(`document.documentElement.dataset.theme = "light";`);
});

test("needs are added (an empty name is refused), renamed and removed, and the removal is undone", async () => {
  await app.waitFor(".ws-matrix");
  await press(await app.waitFor(".ws-new-need button", { text: "Add need" }));
  await app.waitFor(".ws-new-need .plan-field-error", { text: "A need or business unit needs a name" });
  await setValue(".ws-new-need input", "Yard");
  await press(await app.waitFor(".ws-new-need button", { text: "Add need" }));
  await app.waitFor(".plan-status.ok", { text: "Add need “Yard”" });
  await press(await app.waitFor('.ws-need[aria-label="Need Yard: rename or remove"]'));
  await setValue('.dialog input[name="name"]', "Yards");
  await press(await app.waitFor(".dialog button[type=submit]", { text: "Rename" }));
  await app.waitFor(".plan-status.ok", { text: "Rename need “Yard” to “Yards”" });
  await press(await app.waitFor('.ws-need[aria-label="Need Yards: rename or remove"]'));
  await press(await app.waitFor('.dialog button[aria-label="Remove need Yards"]'));
  await press(await app.waitFor(".dialog button", { text: "Remove need and its cells" }));
  await app.waitFor(".plan-status.ok", { text: "Remove need “Yards”" });
  assert.doesNotMatch(await text(".ws-matrix thead"), /Yards/);
  await press(await app.waitFor('.plan-history button[aria-label^="Undo"]'));
  await app.waitFor(".plan-status.ok", { text: "Undone: Remove need “Yards”" });
  await app.waitFor(".ws-matrix thead", { text: "Yards" });
});

test("an offering a matrix uses is not deleted: the refusal names the account", async () => {
  await press(await app.waitFor(".ws-panel button", { text: "Offerings…" }));
  await press(await app.waitFor('.ws-catalogue button[aria-label="Delete Fleet Telematics"]'));
  await press(await app.waitFor(".ws-catalogue button", { text: "Delete offering" }));
  await app.waitFor(".ws-catalogue .field-error", { text: "is still in the whitespace of “Helios Freight”" });
  await app.waitFor(".ws-catalogue .ws-offerings li", { text: "Fleet Telematics" });
  await press(await app.waitFor(".ws-catalogue-foot button", { text: "Done" }));
});

test("with the client in the room the matrix keeps its states but shows no values and no money totals", async () => {
  await app.click(await app.waitFor('.step-tab[data-step="map"]'));
  await app.click(await app.waitFor(".map-toolbar button", { text: "Client in the room" }));
  await app.waitFor(".client-in-room-banner");
  await goTo("understand");
  await app.waitFor(".ws-values-hidden", { text: "hidden while the client is in the room" });
  assert.equal(await app.execute("return document.querySelector('.ws-totals')"), null, "no totals");
  assert.match(await cellText("Warehouse Management Cloud", "Warehousing"), /In progress/);
  const money = await app.execute("return Array.from(document.querySelectorAll('.ws-panel .ws-cell')).map((c) => c.textContent + ' ' + c.getAttribute('aria-label')).filter((t) => /€/.test(t))");
  assert.deepEqual(money, [], "no cell shows or says a value");
  await app.execute(`document.querySelector(".ws-panel").scrollIntoView({ block: "start" });`);
  await shot("client-in-the-room");
  await press(await app.waitFor(".client-in-room-banner button", { text: "Show everything" }));
  await app.waitFor(".ws-totals", { text: "Owned revenue" });
});
