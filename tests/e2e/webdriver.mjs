// A small W3C WebDriver client over fetch: enough to drive the real Rapport window through
// tauri-driver (click, type, read text, screenshot) without any test tool downloading a browser.
import { execFileSync, spawn } from "node:child_process";
import { readdirSync, readlinkSync, realpathSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** An element reference: W3C key, or the legacy one some drivers still send. */
function elementId(ref) {
  const id = ref?.[ELEMENT] ?? ref?.ELEMENT ?? Object.values(ref ?? {})[0];
  if (typeof id !== "string") throw new Error(`not an element reference: ${JSON.stringify(ref)}`);
  return id;
}

async function call(base, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    // A window that cannot start (no display, a crash) must fail the test, not hang it.
    signal: AbortSignal.timeout(60_000),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok || json?.value?.error) {
    const v = json?.value ?? {};
    throw new Error(`WebDriver ${method} ${path}: ${v.error ?? res.status} ${v.message ?? ""}`);
  }
  return json.value;
}

/** Starts tauri-driver (which starts WebKitWebDriver, which starts the app) and waits for it. */
/** Give each concurrently running suite its own `port`; the native (WebKitWebDriver) port follows. */
export async function startDriver({ port = 4444, env = {} } = {}) {
  const driverPath = process.env.TAURI_DRIVER ?? "tauri-driver";
  // Its own process group, so stopping it also stops WebKitWebDriver and the app it started.
  const child = spawn(driverPath, ["--port", String(port), "--native-port", String(port + 1)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${base}/status`);
      if (res.ok) return { base, stop };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  stop();
  throw new Error(`tauri-driver did not start on port ${port}`);
}

/** Process ids running `binary`. */
function processesOf(binary) {
  const wanted = realpathSync(binary);
  return readdirSync("/proc")
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/exe`).startsWith(wanted);
      } catch {
        return false; // gone, or not ours to read
      }
    });
}

export class Session {
  constructor(base, id, application) {
    this.base = base;
    this.id = id;
    this.application = application;
  }

  static async open(base, application, args = []) {
    const value = await call(base, "POST", "/session", {
      capabilities: { alwaysMatch: { "tauri:options": { application, args } } },
    });
    return new Session(base, value.sessionId, application);
  }

  /**
   * Waits until no process runs the app any more. Rapport allows one instance per machine: an app
   * started while the last one is still quitting would hand over its arguments and quit itself.
   */
  async waitUntilAppQuit(timeout = 15000) {
    const deadline = Date.now() + timeout;
    while (processesOf(this.application).length > 0) {
      if (Date.now() > deadline) throw new Error(`${this.application} is still running after the session closed`);
      await sleep(100);
    }
  }

  /** Runs a menu bar action the way a click on it does: the shell's `menu-action` event. */
  async menu(id, recent = null) {
    await this.execute(
      "return window.__TAURI_INTERNALS__.invoke('plugin:event|emit', { event: 'menu-action', payload: { id: arguments[0], recent: arguments[1] } })",
      [id, recent],
    );
  }

  #path(p) {
    return `/session/${this.id}${p}`;
  }

  async close() {
    await call(this.base, "DELETE", this.#path("")).catch(() => {});
    await this.waitUntilAppQuit();
  }

  async find(css) {
    const v = await call(this.base, "POST", this.#path("/element"), { using: "css selector", value: css });
    return elementId(v);
  }

  async findAll(css) {
    const v = await call(this.base, "POST", this.#path("/elements"), { using: "css selector", value: css });
    return v.map(elementId);
  }

  /** The text content of every element matching `css`, in document order. */
  async texts(css) {
    return this.execute(
      "return Array.from(document.querySelectorAll(arguments[0])).map((e) => e.textContent);",
      [css],
    );
  }

  /**
   * Waits until `css` matches an element whose text contains `text` (when given) and returns it.
   * Reads textContent in the page rather than WebDriver's "visible text", which drops text of
   * small or clipped elements such as cards on a zoomed-out map.
   */
  async waitFor(css, { text, timeout = 15000 } = {}) {
    const deadline = Date.now() + timeout;
    let last = "";
    while (Date.now() < deadline) {
      try {
        const found = await this.execute(
          `const [css, text] = arguments;
           return Array.from(document.querySelectorAll(css))
             .find((e) => text === null || e.textContent.includes(text)) ?? null;`,
          [css, text ?? null],
        );
        if (found) return elementId(found);
        last = (await this.texts(css)).join(" | ");
      } catch (err) {
        last = String(err);
      }
      await sleep(150);
    }
    throw new Error(`nothing matched ${css}${text ? ` with text "${text}"` : ""} (last seen: ${last.slice(0, 300)})`);
  }

  /** Waits until `script` (a function body returning a value) returns something truthy; returns it. */
  async waitUntil(script, args = [], { timeout = 15000, what = script } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    while (Date.now() < deadline) {
      try {
        last = await this.execute(script, args);
        if (last) return last;
      } catch (err) {
        last = String(err);
      }
      await sleep(150);
    }
    throw new Error(`timed out waiting for: ${what} (last: ${JSON.stringify(last)?.slice(0, 300)})`);
  }

  /**
   * Presses the mouse at one point of the window, moves it to another and releases it; with
   * `holdMs`, rests there that long first (a drop that waits, as re-parenting by drag asks).
   */
  async drag([x1, y1], [x2, y2], { holdMs = 0 } = {}) {
    const at = (x, y, duration) => ({ type: "pointerMove", x: Math.round(x), y: Math.round(y), duration });
    // A small move before and after the rest, so the page sees the pointer arrive and stay.
    const hold = holdMs > 0 ? [at(x2 + 3, y2 + 2, 50), { type: "pause", duration: holdMs }, at(x2 + 4, y2 + 3, 20)] : [];
    await call(this.base, "POST", this.#path("/actions"), {
      actions: [
        {
          type: "pointer",
          id: "mouse",
          parameters: { pointerType: "mouse" },
          actions: [
            at(x1, y1, 0),
            { type: "pointerDown", button: 0 },
            at((x1 + x2) / 2, (y1 + y2) / 2, 150),
            at(x2, y2, 150),
            ...hold,
            { type: "pointerUp", button: 0 },
          ],
        },
      ],
    });
  }

  /** The app's window: position and outer size, in screen pixels. */
  async windowRect() {
    return call(this.base, "GET", this.#path("/window/rect"));
  }

  /** Clicks (or, with `double`, double-clicks) at a point of the window, not on an element. */
  async clickAt([x, y], { double = false } = {}) {
    const press = [
      { type: "pointerDown", button: 0 },
      { type: "pointerUp", button: 0 },
    ];
    await call(this.base, "POST", this.#path("/actions"), {
      actions: [
        {
          type: "pointer",
          id: "mouse",
          parameters: { pointerType: "mouse" },
          actions: [{ type: "pointerMove", x: Math.round(x), y: Math.round(y), duration: 0 }, ...press, ...(double ? press : [])],
        },
      ],
    });
  }

  /** Sizes the app's window (outer size, in screen pixels). */
  async setWindowRect(rect) {
    return call(this.base, "POST", this.#path("/window/rect"), rect);
  }

  async click(el) {
    await call(this.base, "POST", this.#path(`/element/${el}/click`), {});
  }

  async type(el, text) {
    await call(this.base, "POST", this.#path(`/element/${el}/value`), { text });
  }

  /** Runs `script` in the page; it calls its last argument with the result (W3C execute/async). */
  async executeAsync(script, args = [], { timeout = 120_000 } = {}) {
    await call(this.base, "POST", this.#path("/timeouts"), { script: timeout });
    return call(this.base, "POST", this.#path("/execute/async"), { script, args });
  }

  async execute(script, args = []) {
    return call(this.base, "POST", this.#path("/execute/sync"), { script, args });
  }

  /**
   * Saves the screen as PNG, a moment after the last change. WebKitWebDriver's own screenshot call hangs under Xvfb, so this
   * grabs the X display with ImageMagick, which is what a person would see.
   */
  async screenshot(file) {
    // The DOM can be ahead of what WebKit has painted to the X display; give it a moment.
    await sleep(700);
    execFileSync("import", ["-window", "root", file]);
  }
}
