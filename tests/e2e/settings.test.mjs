// Settings, themes and the facilitator's guide in the real app: Edit → Settings… (run through the
// menu's own event) saves Letter and a dark theme in the app's settings file; after a restart the
// window is dark and the next export is on Letter paper. The map and a plan step are shot in dark
// for people to look at, and no light box may be left on them. Each step's "What to ask the room"
// panel shows its questions, and closing it is remembered.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { appBinary, artifactsDir, isolatedEnv, writeDemo } from "./paths.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const home = isolatedEnv("settings");
const workspace = writeDemo(join(home.root, "demo.rapport"));
const exportDir = join(home.root, "out");
const settingsFile = join(home.env.RAPPORT_CONFIG_DIR, "settings.json");
mkdirSync(exportDir, { recursive: true });
mkdirSync(artifactsDir(), { recursive: true });
let driver;
let app;

/** Starts the app on the demo's map; sized for the screenshots unless `keepPlace`. */
async function launch({ keepPlace = false } = {}) {
  await app?.close();
  driver ??= await startDriver({ port: 4944, env: { ...home.env, RAPPORT_EXPORT_DIR: exportDir } });
  app = await Session.open(driver.base, appBinary(), ["--workspace", workspace, "--open", "Helios Freight"]);
  if (!keepPlace) await app.setWindowRect({ width: 1440, height: 900 });
  await app.waitFor(".react-flow__edge");
}

after(async () => {
  await app?.close();
  driver?.stop();
});

const shot = (name) => app.screenshot(join(artifactsDir(), `settings-${name}.png`));
const preferences = () => JSON.parse(readFileSync(settingsFile, "utf8")).preferences;

/** Chooses a value in a React-controlled select, as a user's pick does. */
const choose = (css, value) =>
  app.execute(
    `const s = document.querySelector(arguments[0]);
     Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(s, arguments[1]);
     s.dispatchEvent(new Event('change', { bubbles: true }));`,
    [css, value],
  );

const theme = () => app.execute("return document.documentElement.dataset.theme");

/**
 * Visible boxes whose own background is light (relative luminance over 0.5): in dark mode
 * there should be none. Amber highlights and the attitude marks are colours, not light boxes.
 */
const lightBoxes = () =>
  app.execute(`
    const lum = (c) => {
      const m = c.match(/rgba?\\(([^)]+)\\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
      if (a < 0.5) return null;
      const f = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const found = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width < 4 || r.height < 4 || r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) continue;
      const l = lum(getComputedStyle(el).backgroundColor);
      if (l !== null && l > 0.5) found.push(el.tagName.toLowerCase() + '.' + String(el.className.baseVal ?? el.className).split(' ').join('.') + ' ' + getComputedStyle(el).backgroundColor);
    }
    return found;`);

test("Settings… saves Letter and dark; after a restart the window is dark and the export is on Letter", async () => {
  await launch();
  assert.equal(await theme(), "light", "the OS's theme (light under Xvfb) until one is chosen");
  await app.menu("settings");
  await app.waitFor(".settings-dialog", { text: "Paper for exports" });
  await choose('.settings-dialog select[name="paper"]', "letter");
  await choose('.settings-dialog select[name="theme"]', "dark");
  await shot("dialog");
  await app.click(await app.waitFor(".settings-dialog button.primary", { text: "Save" }));
  await app.waitUntil("return !document.querySelector('.settings-dialog') && document.documentElement.dataset.theme === 'dark'", [], {
    what: "the dialog closes and the window turns dark",
  });
  // In the app's settings file, beside the last workspace: not in the workspace.
  assert.equal(preferences().paper, "letter");
  assert.equal(preferences().theme, "dark");
  assert.ok(JSON.parse(readFileSync(settingsFile, "utf8")).lastWorkspace.endsWith("demo.rapport"));

  await launch();
  await app.waitUntil("return document.documentElement.dataset.theme === 'dark'", [], { what: "dark after the restart" });
  await app.click(await app.find(".export-button"));
  await app.waitFor(".export-dialog", { text: "Account plan (PDF)" });
  const paper = await app.execute("return Array.from(document.querySelectorAll('.export-dialog select')).map((s) => s.value)");
  assert.ok(paper.includes("letter"), `the export dialog offers Letter first (${paper})`);
  await app.click(await app.waitFor(".export-dialog button.primary", { text: "Export" }));
  await app.waitFor(".export-done", { text: "Saved to", timeout: 120_000 });
  const pdf = join(exportDir, "Helios Freight – account plan.pdf");
  assert.ok(existsSync(pdf));
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  assert.match(info, /Page size:\s+612 x 792 pts \(letter\)/, "the first page is Letter");
  await app.click(await app.waitFor(".export-dialog button", { text: "Close" }));
});

test("dark mode: the map and a plan step keep their meaning and leave no light box", async () => {
  assert.equal(await theme(), "dark");
  // Cards on dark paper, light text; the attitude band keeps its colour.
  const card = await app.execute(`
    const c = document.querySelector('.person-card');
    const s = getComputedStyle(c);
    return { bg: s.backgroundColor, ink: getComputedStyle(c.querySelector('.card-name')).color, band: s.borderLeftColor };`);
  assert.equal(card.bg, "rgb(31, 41, 55)", "cards on the dark theme's paper");
  assert.equal(card.ink, "rgb(243, 244, 246)", "names in the dark theme's ink");
  assert.notEqual(card.band, card.bg);
  await app.click(await app.find(".legend-toggle")).catch(() => {});
  await shot("dark-map");
  assert.deepEqual(await lightBoxes(), [], "no light boxes on the map");

  await app.click(await app.waitFor('.step-tab[data-step="analyse"]'));
  await app.waitFor('.plan-step[data-step="analyse"] .plan-panel');
  await shot("dark-step-analyse");
  assert.deepEqual(await lightBoxes(), [], "no light boxes on the step");
  await app.click(await app.waitFor('.step-tab[data-step="identify"]'));
  await app.waitFor('.plan-step[data-step="identify"] .plan-panel');
  await shot("dark-step-identify");
  assert.deepEqual(await lightBoxes(), [], "no light boxes on Identify");
  for (const step of ["understand", "determine", "implement", "review"]) {
    await app.click(await app.waitFor(`.step-tab[data-step="${step}"]`));
    await app.waitFor(`.plan-step[data-step="${step}"] .plan-panel`);
    assert.deepEqual(await lightBoxes(), [], `no light boxes on ${step}`);
  }
  await shot("dark-step-review");
});

test("each step's guide shows the room's questions, and closing it is remembered", async () => {
  await app.click(await app.waitFor('.step-tab[data-step="understand"]'));
  const understand = await app.waitFor(".guide-panel .guide-questions", { text: "Who are their budget holders, gatekeepers and users?" });
  assert.ok(understand);
  await app.click(await app.waitFor('.step-tab[data-step="analyse"]'));
  await app.waitFor(".guide-panel .guide-questions", { text: "What were the last three interactions about, and who started them?" });
  await app.click(await app.waitFor('.step-tab[data-step="determine"]'));
  await app.waitFor(".guide-panel .guide-questions", { text: "What do we want from each key person this quarter?" });
  await shot("guide-determine");

  await app.click(await app.find(".guide-toggle"));
  await app.waitUntil("return !document.querySelector('.guide-questions') && document.querySelector('.guide-toggle').getAttribute('aria-expanded') === 'false'", [], {
    what: "the guide closes",
  });
  assert.equal(preferences().guideOpen, false, "remembered in the settings");
  assert.equal(preferences().paper, "letter", "the other settings are kept");
  await app.click(await app.find(".guide-toggle"));
  await app.waitFor(".guide-panel .guide-questions", { text: "this quarter" });
  assert.equal(preferences().guideOpen, true);
});

test("the window opens where it was left, even when the app did not quit normally", async () => {
  await launch();
  const place = { x: 140, y: 90, width: 1300, height: 820 };
  await app.setWindowRect(place);
  // Written a moment after the window settles, not only on a normal quit.
  const stateFile = join(home.env.XDG_CONFIG_HOME, "app.rapport.desktop", ".window-state.json");
  const deadline = Date.now() + 10_000;
  while (!(existsSync(stateFile) && readFileSync(stateFile, "utf8").includes('"width": 1300'))) {
    assert.ok(Date.now() < deadline, `the window's place was never written to ${stateFile}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  // ending the WebDriver session kills the app: no normal quit.
  await launch({ keepPlace: true });
  const rect = await app.windowRect();
  assert.deepEqual(
    { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
    place,
    "the restarted window has the size and position it was left with",
  );
});
