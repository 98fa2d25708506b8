// What-if in the real app: on the demo, "what if Sarah Collins leaves?" — the panel names the
// people who lose their only way in (the same names `rapport what-if` gives for the same file),
// the map marks them, and leaving what-if leaves the account exactly as it was.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { artifactsDir, cliBinary, TODAY } from "./paths.mjs";
import { demoSuite } from "./demoSuite.mjs";

const ENTER = "\uE007";
const ESCAPE = "\uE00C";

let app;
const { home, workspace } = demoSuite("what-if", (opened) => (app = opened));

/** What the command line says Sarah Collins leaving would strand: core's answer, by name. */
function strandedByCli(people) {
  const out = execFileSync(
    cliBinary(),
    ["what-if", "--workspace", workspace, "--account", "Helios Freight", "--today", TODAY, ...people.flatMap((p) => ["--person", p])],
    { encoding: "utf8" },
  );
  const line = out.split("\n").find((l) => l.startsWith("Lose their only way in: "));
  assert.ok(line, out);
  return line.slice("Lose their only way in: ".length).split(", ").sort();
}

/** The whole account as the CLI exports it (read while the app holds the file). */
function exported(name) {
  const file = join(home.root, `${name}.json`);
  execFileSync(cliBinary(), ["export-json", "--workspace", workspace, "--account", "Helios Freight", "--out", file]);
  return readFileSync(file, "utf8");
}

const panelNames = (section) =>
  app.execute(
    `const section = Array.from(document.querySelectorAll('.what-if-panel section'))
       .find((s) => s.querySelector('h3')?.textContent.startsWith(arguments[0]));
     return section ? Array.from(section.querySelectorAll('li button')).map((b) => b.textContent).sort() : null;`,
    [section],
  );

/** The mark the map draws on a person's card during what-if (the label under the card, or its fading). */
const cardMark = (name) =>
  app.execute(
    `const node = Array.from(document.querySelectorAll('.react-flow__node'))
       .find((n) => n.querySelector('.card-name')?.textContent === arguments[0]);
     if (!node) return null;
     return { after: getComputedStyle(node.querySelector('.card'), '::after').content, opacity: getComputedStyle(node).opacity };`,
    [name],
  );

const undoLabel = () =>
  app.execute("return document.querySelector('.map-toolbar button[aria-keyshortcuts=\"Control+Z\"]')?.getAttribute('aria-label')");

test("what if Sarah Collins leaves: the panel and the map name who loses their only way in", async () => {
  const expected = strandedByCli(["Sarah Collins"]);
  assert.ok(expected.length > 0 && !expected.includes("nobody"), `the demo strands someone: ${expected}`);
  const before = exported("before");
  const undoBefore = await undoLabel();

  await app.type(await app.find(".search-box input"), "Sarah Collins");
  await app.waitFor("#search-results li", { text: "Sarah Collins" });
  await app.type(await app.find(".search-box input"), ENTER);
  await app.click(await app.waitFor(".person-actions button", { text: "What if they leave?" }));

  await app.waitFor(".what-if-panel h2", { text: "What if Sarah Collins leaves?" });
  await app.waitUntil("return document.querySelector('.what-if-panel section') !== null", [], { what: "the consequences" });
  assert.deepEqual(await panelNames("Lose their only way in"), expected);

  for (const name of expected) {
    const mark = await cardMark(name);
    assert.match(mark.after, /Loses their only way in/, `${name} marked on the map`);
  }
  assert.equal((await cardMark("Sarah Collins")).opacity, "0.35", "Sarah faded as leaving");
  await app.screenshot(join(artifactsDir(), "what-if-sarah-collins.png"));

  // A click on another card adds them: both leaving strands at least as many.
  await app.execute(
    "Array.from(document.querySelectorAll('.react-flow__node')).find((n) => n.querySelector('.card-name')?.textContent === 'David Moreau').click()",
  );
  await app.waitFor(".what-if-panel h2", { text: "What if Sarah Collins and David Moreau leave?" });
  const both = strandedByCli(["Sarah Collins", "David Moreau"]);
  await app.waitUntil(
    `const s = Array.from(document.querySelectorAll('.what-if-panel section')).find((s) => s.querySelector('h3')?.textContent.startsWith('Lose their only way in'));
     return s && Array.from(s.querySelectorAll('li button')).map((b) => b.textContent).sort().join('|') === arguments[0];`,
    [both.join("|")],
    { what: `the panel naming ${both.join(", ")}` },
  );
  await app.screenshot(join(artifactsDir(), "what-if-two-leave.png"));

  // Esc leaves what-if; nothing about the account has changed.
  await app.type(await app.find('button[aria-keyshortcuts="F"]'), ESCAPE);
  await app.waitUntil("return document.querySelector('.what-if-panel') === null", [], { what: "what-if left" });
  assert.equal((await cardMark("Sarah Collins")).opacity, "1", "Sarah back on the map");
  assert.equal(await undoLabel(), undoBefore, "nothing was added to the undo history");
  assert.equal(exported("after"), before, "the account is exactly as it was");
});

test("the W key and the toolbar start and leave what-if", async () => {
  // Nobody selected (Esc clears the selection): what-if starts empty and asks who leaves.
  await app.type(await app.find('button[aria-keyshortcuts="F"]'), ESCAPE);
  await app.type(await app.find('button[aria-keyshortcuts="F"]'), "w");
  await app.waitFor(".what-if-panel h2", { text: "who leaves?" });
  await app.click(await app.waitFor(".map-toolbar button", { text: "Leave what-if" }));
  await app.waitUntil("return document.querySelector('.what-if-panel') === null", [], { what: "what-if left" });
});

test("in presenter mode what-if sits beside the map, and Esc leaves what-if before presenter mode", async () => {
  await app.click(await app.waitFor(".map-toolbar button", { text: "Present" }));
  await app.click(await app.waitFor(".presenter-bar button", { text: "What if…" }));
  await app.execute(
    "Array.from(document.querySelectorAll('.react-flow__node')).find((n) => n.querySelector('.card-name')?.textContent === 'Sarah Collins').click()",
  );
  await app.waitFor(".what-if-panel h2", { text: "What if Sarah Collins leaves?" });
  await app.waitUntil("return document.querySelectorAll('.what-if-panel section li').length > 0", [], { what: "consequences" });
  await new Promise((r) => setTimeout(r, 700)); // the map's fit animation
  await app.screenshot(join(artifactsDir(), "what-if-presenter.png"));
  await app.type(await app.find(".presenter-bar button"), ESCAPE);
  await app.waitUntil("return document.querySelector('.what-if-panel') === null", [], { what: "what-if left" });
  assert.ok(await app.execute("return document.querySelector('.presenter-bar') !== null"), "still presenting");
  await app.type(await app.find(".presenter-bar button"), ESCAPE);
  await app.waitUntil("return document.querySelector('.presenter-bar') === null", [], { what: "presenter mode left" });
});
