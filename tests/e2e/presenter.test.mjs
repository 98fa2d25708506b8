// Presenter mode as the back of the room sees it, at 1920×1080: on the demo and on a 40-person
// account the smallest name drawn on screen is measured in the DOM (its font size times the
// map's zoom) and must be at least 18 px; following a person zooms to them and their lines; the
// step bar keeps every step in view at 1440 px. Screenshots of each go to the artifacts.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { appBinary, artifactsDir, cliBinary, isolatedEnv, TODAY, writeDemo } from "./paths.mjs";
import { mapSettled } from "./mapView.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const ESCAPE = "\uE00C";
const BIG = "Forty People Group";

const home = isolatedEnv("presenter");
const workspace = writeDemo(join(home.root, "demo.rapport"));
execFileSync(cliBinary(), ["generate", "--workspace", workspace, "--today", TODAY, "--people", "40", "--name", BIG]);
let driver;
let app;

before(async () => {
  mkdirSync(artifactsDir(), { recursive: true });
  driver = await startDriver({ env: home.env });
});

after(async () => {
  await app?.close();
  driver?.stop();
});

async function openAccount(name) {
  await app?.close();
  app = await Session.open(driver.base, appBinary(), ["--workspace", workspace, "--open", name]);
  await app.waitFor(".react-flow__node");
}

const shot = (name) => app.screenshot(join(artifactsDir(), `presenter-${name}.png`));

/** The names on screen: how many, and the smallest drawn size in CSS pixels. */
const measureNames = () =>
  app.execute(`
    const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a;
    const onScreen = Array.from(document.querySelectorAll('.react-flow__node .card-name')).filter((n) => {
      const r = n.getBoundingClientRect();
      return r.width > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
    });
    const sizes = onScreen.map((n) => parseFloat(getComputedStyle(n).fontSize) * zoom);
    return { count: onScreen.length, smallest: Math.min(...sizes), zoom, width: innerWidth, height: innerHeight,
             lod: document.querySelector('.map').classList.contains('lod') };`);

async function present() {
  await app.click(await app.waitFor('.map-toolbar button[aria-keyshortcuts="F5"]'));
  await app.waitUntil("return document.documentElement.classList.contains('presenter')", [], { what: "presenter mode" });
  // Xvfb has no window manager to make the window full screen: give it the screen's size, as
  // full screen does on a 1080p projector (the menu bar keeps its own strip at the top).
  await app.setWindowRect({ x: 0, y: 0, width: 1920, height: 1080 });
  await app.waitUntil("return innerWidth === 1920 && innerHeight >= 1040", [], { what: "a 1920×1080 window" });
  await new Promise((r) => setTimeout(r, 500)); // the refit after the toolbars leave
  await mapSettled(app);
}

test("the demo in presenter mode: no name under 18 px at 1920×1080, cards at their projector detail", async () => {
  await openAccount("Helios Freight");
  await present();
  const names = await measureNames();
  assert.equal(names.width, 1920, "the screen the room sees");
  assert.ok(names.smallest >= 18, `smallest name ${names.smallest.toFixed(1)} px at zoom ${names.zoom}`);
  assert.ok(names.count >= 10, `${names.count} names on screen`);
  assert.equal(names.lod, true, "fitted, the cards show name and role only");
  const detail = await app.execute(
    "return getComputedStyle(document.querySelector('.react-flow__node .card-title')).display",
  );
  assert.equal(detail, "none", "titles leave the fitted cards");
  await shot("helios-1920x1080");
});

test("following the discussion zooms to a person and their direct lines, Esc shows the whole map", async () => {
  const card = await app.execute(
    `return Array.from(document.querySelectorAll('.react-flow__node'))
       .find((n) => n.querySelector('.card-name')?.textContent === 'Raj Patel')?.getAttribute('data-id')`,
  );
  assert.ok(card, "Raj Patel is on the map");
  const before = await measureNames();
  await app.click(await app.find(`.react-flow__node[data-id="${card}"]`));
  await new Promise((r) => setTimeout(r, 300));
  await mapSettled(app);
  const following = await app.execute(
    `const id = arguments[0];
     const inView = (el) => { const r = el.getBoundingClientRect();
       return r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight; };
     const circle = Array.from(document.querySelectorAll('.react-flow__node:not(.dimmed)'));
     return { personInView: inView(document.querySelector('.react-flow__node[data-id="' + id + '"]')),
              circle: circle.length, circleInView: circle.every(inView),
              dimmed: document.querySelectorAll('.react-flow__node.dimmed').length,
              zoom: new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a };`,
    [card],
  );
  assert.equal(following.personInView, true);
  assert.ok(following.circle >= 2, `${following.circle} people in the circle`);
  assert.equal(following.circleInView, true, "everyone one line away is in view");
  assert.ok(following.zoom > before.zoom, `zoomed in from ${before.zoom} to ${following.zoom}`);
  assert.ok(following.dimmed > 0, "the people outside her circle step back");
  const names = await measureNames();
  assert.ok(names.smallest >= 18, `smallest name while following: ${names.smallest.toFixed(1)} px`);
  await shot("helios-following-raj-patel");

  await app.type(await app.find("body"), ESCAPE);
  await new Promise((r) => setTimeout(r, 500));
  await mapSettled(app);
  assert.equal(await app.execute("return document.documentElement.classList.contains('presenter')"), true, "still presenting");
  const whole = await measureNames();
  assert.ok(Math.abs(whole.zoom - before.zoom) < 0.02, `back to the whole map (${whole.zoom} vs ${before.zoom})`);
});

test("the step bar keeps every step in view in presenter mode, at 1920 and at 1440 px", async () => {
  const clipped = (width) =>
    app.execute(
      `document.body.style.width = arguments[0];
       const bar = document.querySelector('.step-bar').getBoundingClientRect();
       const tabs = document.querySelector('.step-tabs');
       const cut = Array.from(document.querySelectorAll('.step-tab'))
         .filter((t) => { const r = t.getBoundingClientRect(); return r.right > bar.right + 0.5 || r.left < bar.left - 0.5; })
         .map((t) => t.textContent);
       const result = { cut, scrolls: tabs.scrollWidth > tabs.clientWidth + 1, last: document.querySelector('.step-tab[data-step="review"]')?.textContent };
       document.body.style.width = '';
       return result;`,
      [width],
    );
  for (const width of ["1920px", "1440px"]) {
    const { cut, scrolls, last } = await clipped(width);
    assert.deepEqual(cut, [], `nothing cut off at ${width}`);
    assert.equal(scrolls, false, `no hidden scrolling at ${width}`);
    assert.match(last, /6 Review/);
  }
  await app.type(await app.find("body"), ESCAPE);
  await app.waitUntil("return !document.documentElement.classList.contains('presenter')", [], { what: "presenter mode left" });
});

test("a 40-person account in presenter mode: no name under 18 px", async () => {
  await openAccount(BIG);
  await present();
  const names = await measureNames();
  assert.ok(names.smallest >= 18, `smallest name ${names.smallest.toFixed(1)} px at zoom ${names.zoom}`);
  assert.ok(names.count >= 10, `${names.count} names on screen`);
  await shot("forty-people-1920x1080");
});
