// The foundation, end to end in the real app: `--demo` opens the demo's own workspace with the
// demo account, lists it, and opening it shows its people on the map by name.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { artifactsDir, appBinary, isolatedEnv, windowTitle } from "./paths.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const home = isolatedEnv("foundation");
const workspace = join(home.dataFolder, "demo.rapport");
let driver;
let app;

before(async () => {
  driver = await startDriver({ env: home.env });
  app = await Session.open(driver.base, appBinary(), ["--demo"]);
});

after(async () => {
  await app?.close();
  driver?.stop();
});

test("the demo opens on the portfolio with the demo account, in its own file", async () => {
  const link = await app.waitFor(".account-link", { text: "Helios Freight" });
  assert.ok(link);
  const [note] = await app.texts(".first-run");
  assert.match(note, /demo workspace/);
  const [status] = await app.texts(".status-bar");
  assert.ok(status.includes(workspace), `status bar names the workspace file: ${status}`);
  assert.equal(windowTitle(), `Rapport — ${workspace}`);
  // freezePrototype: a polluted Object.prototype cannot change the page (and the page still runs).
  assert.equal(await app.execute("return Object.isFrozen(Object.prototype)"), true);
});

test("opening the demo account shows its stakeholders on the map by name", async () => {
  await app.click(await app.waitFor(".account-link", { text: "Helios Freight" }));
  await app.waitFor(".account-bar h1", { text: "Helios Freight" });
  await app.waitFor(".person-card", { text: "Raj Patel" });
  const names = await app.texts(".person-card .card-name");
  for (const expected of ["Margaret Chen", "Raj Patel", "Elena Novak", "Tom Fischer", "Priya Nair", "Oliver Brandt"]) {
    assert.ok(names.includes(expected), `${expected} is on the map (saw: ${names.join(", ")})`);
  }
  assert.equal(names.length, 17);
  const team = await app.texts(".team-card .card-name");
  assert.deepEqual(team.sort(), ["Anna Kowalski", "Ben Carter", "David Moreau", "Sarah Collins"]);
  // Lines are drawn: reporting lines, coverage and the informal ones.
  // React Flow draws lines once the cards are measured, a moment after the cards appear.
  await app.waitFor(".react-flow__edge");
  const lines = await app.execute("return document.querySelectorAll('.react-flow__edge').length");
  assert.equal(lines, 16 + 2 + 16 + 4, "16 solid + 2 dotted reporting lines, 16 coverage, 4 informal");

  mkdirSync(artifactsDir(), { recursive: true });
  await app.screenshot(join(artifactsDir(), "demo-map.png"));
});

test("clicking a person shows who of ours covers them", async () => {
  await app.click(await app.waitFor(".person-card", { text: "Raj Patel" }));
  await app.waitFor(".inspector", { text: "Covered by" });
  const [text] = await app.texts(".inspector");
  assert.match(text, /Sarah Collins: Aware \(wanted: Trusted\)/);
  const attitude = await app.execute(
    "return Array.from(document.querySelectorAll('.inspector label')).find((l) => l.textContent.startsWith('Attitude'))?.querySelector('select')?.value",
  );
  assert.equal(attitude, "skeptic");
});

test("laying the map out keeps everyone on it and no two cards overlap", async () => {
  await app.click(await app.waitFor("button.map-action", { text: "Lay out" }));
  // The map is redrawn once the layout is stored (the round counter moves); lines appear once
  // the cards are measured and shown, so wait for them rather than for the cards.
  await app.waitFor('.map[data-fit-round="1"] .react-flow__edge');
  const hidden = await app.execute(
    "return Array.from(document.querySelectorAll('.react-flow__node')).filter((n) => getComputedStyle(n).visibility === 'hidden').length",
  );
  assert.equal(hidden, 0, "every card is shown");
  const boxes = await app.execute(`
    return Array.from(document.querySelectorAll('.react-flow__node')).map((n) => {
      const r = n.getBoundingClientRect();
      return { name: n.querySelector('.card-name')?.textContent, x: r.x, y: r.y, w: r.width, h: r.height };
    });`);
  assert.equal(boxes.length, 21, "17 of theirs and 4 of ours");
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      assert.ok(!overlap, `${a.name} and ${b.name} overlap`);
    }
  }
  // The core's layout puts Raj Patel's two reports side by side under him: his card is centred
  // over theirs.
  const centre = (name) => {
    const b = boxes.find((x) => x.name === name);
    return b.x + b.w / 2;
  };
  const under = (centre("Sofia Marin") + centre("Daniel Okafor")) / 2;
  assert.ok(Math.abs(centre("Raj Patel") - under) < 2, "Raj Patel is centred over his reports");
  await app.screenshot(join(artifactsDir(), "demo-map-laid-out.png"));
});
