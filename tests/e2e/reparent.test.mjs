// Big-account helpers on the demo, in the real app: search shows each hit's path to the top; a
// card held over another person's card lights that card up and, dropped there, reports to them —
// one undo step puts the old manager back. A quick drag across the same card only moves it.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { artifactsDir } from "./paths.mjs";
import { demoSuite } from "./demoSuite.mjs";
import { cardCentre } from "./mapView.mjs";

let app;
demoSuite("reparent", async (opened) => {
  app = opened;
  // Room for the cards at full size, so the drag's start and end are on the cards.
  await app.setWindowRect({ x: 0, y: 0, width: 1900, height: 1060 });
});

const reportsTo = (who, manager) =>
  app.execute(
    "return Array.from(document.querySelectorAll('.react-flow__edge path[aria-label]')).some((p) => p.getAttribute('aria-label') === arguments[0])",
    [`${who} reports to ${manager}`],
  );

const undoLabel = () =>
  app.execute("return document.querySelector('.map-toolbar button[aria-keyshortcuts=\"Control+Z\"]')?.getAttribute('aria-label')");

test("search shows each person's path to the top of their company", async () => {
  await app.type(await app.find(".search-box input"), "Noah");
  const hit = await app.waitFor("#search-results li", { text: "Noah Schmidt" });
  assert.ok(hit);
  const path = await app.execute("return document.querySelector('#search-results li .search-path')?.textContent");
  assert.equal(path, "Margaret Chen › Elena Novak › Priya Nair");
  await app.type(await app.find(".search-box input"), "\uE00C");
  await app.waitUntil("return document.querySelector('#search-results') === null", [], { what: "results closed" });
});

test("a quick drag across another card only moves the card", async () => {
  await app.click(await app.find('.map-toolbar button[aria-keyshortcuts="F"]'));
  await new Promise((r) => setTimeout(r, 600));
  const from = await cardCentre(app, "Noah Schmidt");
  const over = await cardCentre(app, "Raj Patel");
  await app.drag(from, over);
  await app.waitUntil("return document.querySelector('.map-toolbar button[aria-keyshortcuts=\"Control+Z\"]')?.getAttribute('aria-label') === 'Undo Move Noah Schmidt'", [], {
    what: "a plain move",
  });
  assert.equal(await reportsTo("Noah Schmidt", "Priya Nair"), true, "still Priya's report");
  assert.equal(await reportsTo("Noah Schmidt", "Raj Patel"), false);
  await app.type(await app.find("body"), "\uE009z\uE000");
  await app.waitUntil("return !document.querySelector('.map-toolbar button[aria-keyshortcuts=\"Control+Z\"]')?.getAttribute('aria-label')?.includes('Noah')", [], {
    what: "the move undone",
  });
});

test("holding a card over a person and dropping it makes them the manager, and one undo reverts it", async () => {
  const from = await cardCentre(app, "Noah Schmidt");
  const over = await cardCentre(app, "Raj Patel");
  await app.drag(from, over, { holdMs: 1200 });
  await app.waitUntil(
    "return Array.from(document.querySelectorAll('.react-flow__edge path[aria-label]')).some((p) => p.getAttribute('aria-label') === 'Noah Schmidt reports to Raj Patel')",
    [],
    { what: "the new reporting line" },
  );
  assert.equal(await reportsTo("Noah Schmidt", "Priya Nair"), false, "the old line went");
  assert.equal(await undoLabel(), "Undo Move Noah Schmidt under Raj Patel");
  const [nx, ny] = await cardCentre(app, "Noah Schmidt");
  const [rx, ry] = await cardCentre(app, "Raj Patel");
  assert.ok(ny > ry, `the card moved under Raj (${nx},${ny} vs ${rx},${ry})`);
  await app.screenshot(join(artifactsDir(), "reparent-noah-under-raj.png"));

  await app.click(await app.find('.map-toolbar button[aria-keyshortcuts="Control+Z"]'));
  await app.waitUntil(
    "return Array.from(document.querySelectorAll('.react-flow__edge path[aria-label]')).some((p) => p.getAttribute('aria-label') === 'Noah Schmidt reports to Priya Nair')",
    [],
    { what: "Priya back as manager" },
  );
  assert.equal(await reportsTo("Noah Schmidt", "Raj Patel"), false);
});
