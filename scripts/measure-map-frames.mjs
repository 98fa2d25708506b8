// Frame times of the map editor in the real WebKit window, on generated maps of 500 and 1,000
// people: panning the whole map (fitted: every card on screen), panning at working zoom (100%),
// and dragging a card; and the memory of the app with the map open (the app's process and the
// WebKit processes it started, as proportional set size, so shared libraries count once).
// Prints a JSON line per case; docs/benchmarks.md records the results.
//
//   make app && cargo build -p rapport-cli
//   xvfb-run -a -s "-screen 0 1600x1000x24" node scripts/measure-map-frames.mjs [500 1000]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appBinary, cliBinary } from "../tests/e2e/paths.mjs";
import { Session, startDriver } from "../tests/e2e/webdriver.mjs";

const cli = cliBinary();
// "demo" measures the 17-person demo account: the floor of this machine's rendering.
const sizes = process.argv.slice(2).map((a) => (a === "demo" ? a : Number(a)));
const FRAMES = Number(process.env.FRAMES ?? 120);

// Runs in the page: presses the mouse on `target`, moves it a little every animation frame for
// FRAMES frames, releases it, and returns the time between consecutive frames (ms).
const GESTURE = `
  const [selector, frames, dx, dy, done] = arguments;
  // The element nearest the middle of the window (a card near the edge would make React Flow
  // pan the view while dragging, which is another measurement).
  const candidates = Array.from(document.querySelectorAll(selector));
  const mid = (el) => { const b = el.getBoundingClientRect(); return Math.hypot(b.x + b.width / 2 - innerWidth / 2, b.y + b.height / 2 - innerHeight / 2); };
  const target = candidates.sort((a, b) => mid(a) - mid(b))[0];
  if (!target) return done({ error: 'nothing matches ' + selector });
  const box = target.getBoundingClientRect();
  let x = box.x + Math.min(box.width / 2, 60), y = box.y + Math.min(box.height / 2, 40);
  const fire = (el, type) => el.dispatchEvent(new MouseEvent(type, {
    bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1,
  }));
  fire(target, 'mousedown');
  const times = [];
  let n = 0;
  const step = (t) => {
    times.push(t);
    if (n++ >= frames) {
      fire(window, 'mouseup');
      const deltas = times.slice(1).map((v, i) => v - times[i]);
      return done({ deltas });
    }
    x += dx; y += dy;
    fire(window, 'mousemove');
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
`;

/** Every process: its parent and command line (from /proc). */
function processes() {
  const list = [];
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      list.push({ pid: Number(pid), ppid, cmdline });
    } catch {
      // The process ended while being read.
    }
  }
  return list;
}

/** Megabytes of proportional set size of the app opened on `workspace` and all its descendants. */
function appMemoryMb(workspace) {
  const all = processes();
  const app = all.find((p) => p.cmdline.includes("rapport-app") && p.cmdline.includes(workspace));
  if (!app) return null;
  const tree = new Set([app.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) if (tree.has(p.ppid) && !tree.has(p.pid)) (tree.add(p.pid), (grew = true));
  }
  let kb = 0;
  for (const pid of tree) {
    try {
      const pss = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8").match(/^Pss:\s+(\d+) kB/m);
      kb += pss ? Number(pss[1]) : 0;
    } catch {
      // Gone meanwhile.
    }
  }
  return { processes: tree.size, pssMb: Math.round(kb / 1024) };
}

function summary(deltas) {
  const sorted = [...deltas].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    frames: deltas.length,
    p50: +at(0.5).toFixed(1),
    p95: +at(0.95).toFixed(1),
    max: +sorted[sorted.length - 1].toFixed(1),
    over16_7: deltas.filter((d) => d > 16.7).length,
  };
}

async function measure(app, name, selector, dx, dy) {
  const result = await app.executeAsync(GESTURE, [selector, FRAMES, dx, dy]);
  if (result.error) throw new Error(result.error);
  return { case: name, ...summary(result.deltas) };
}

for (const people of sizes.length ? sizes : [500, 1000]) {
  const workspace = join(mkdtempSync(join(tmpdir(), "rapport-frames-")), "workspace.sqlite");
  const name = people === "demo" ? "Helios Freight" : `Northwind Holdings (${people} people)`;
  if (people === "demo") execFileSync(cli, ["demo", "--workspace", workspace]);
  else execFileSync(cli, ["generate", "--workspace", workspace, "--people", String(people), "--name", name]);
  // Without a GPU (Xvfb), WebKit's accelerated compositing runs on software GL and is ~3x slower
  // than its plain software path; COMPOSITING=1 measures the former.
  const env = process.env.COMPOSITING === "1" ? {} : { WEBKIT_DISABLE_COMPOSITING_MODE: "1" };
  const driver = await startDriver({ port: Number(process.env.PORT ?? 4644), env });
  const app = await Session.open(driver.base, appBinary(), ["--workspace", workspace, "--open", name]);
  try {
    // A big map fitted far out is drawn on a canvas (FarCanvas.tsx): no card or line is a DOM node.
    await app.waitFor(".react-flow__edge, .far-canvas", { timeout: 120_000 });
    await new Promise((r) => setTimeout(r, 2000));
    const cards = await app.execute("return document.querySelectorAll('.react-flow__node').length");
    const drawn = await app.execute("return Number(document.querySelector('.far-canvas')?.dataset.cards ?? 0)");
    const rows = [];
    rows.push(await measure(app, "pan, whole map fitted", ".react-flow__pane", -2, -1));
    // Working zoom: 100%, centred on someone in the middle of the map (found with the search
    // box, as a facilitator would), as when editing a part of it.
    const someone = await app.execute(`
      const cards = Array.from(document.querySelectorAll('.react-flow__node .card-name')).map((n) => n.textContent);
      const names = cards.length ? cards : document.querySelector('.far-canvas').rapportDrawn().map((c) => c.name);
      return names[Math.floor(names.length / 2)];`);
    await app.type(await app.find(".search-box input"), someone + "\uE007");
    await new Promise((r) => setTimeout(r, 1500));
    const rendered = await app.execute("return document.querySelectorAll('.react-flow__node').length");
    if (process.env.CSS) {
      await app.execute("const s = document.createElement('style'); s.textContent = arguments[0]; document.head.appendChild(s);", [process.env.CSS]);
    }
    rows.push(await measure(app, "pan at 100% zoom", ".react-flow__pane", -3, -2));
    rows.push(await measure(app, "drag a card at 100% zoom", ".react-flow__node", 2, 1));
    for (const row of rows) console.log(JSON.stringify({ people, cards, drawnOnCanvas: drawn, renderedAtZoom: rendered, ...row }));
    console.log(JSON.stringify({ people, memory: appMemoryMb(workspace) }));
  } finally {
    await app.close();
    driver.stop();
  }
}
