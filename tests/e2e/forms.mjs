// Filling and clicking forms in the real app the way a person does, for the suites that edit
// through forms (plan, whitespace, personal, references). Each suite binds them to its session:
//   const { setValue, choose, within, press, typeIn } = formsOf(() => app);
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** The element reference a script returned, as the id WebDriver calls take. */
export function ref(value) {
  if (!value) throw new Error("no element");
  return Object.values(value)[0];
}

/** The form helpers on the session `session()` returns (the suite's `app`, opened in `before`). */
export function formsOf(session) {
  /** Sets a form control's value the way a person's input would (React sees the change). */
  async function setValue(css, value) {
    await session().execute(
      `const [css, value] = arguments;
       const el = document.querySelector(css);
       if (!el) throw new Error("nothing matches " + css);
       const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype
         : el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
       Object.getOwnPropertyDescriptor(proto, "value").set.call(el, value);
       el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));`,
      [css, value],
    );
  }

  /** Chooses the option of a select by its visible text. */
  async function choose(css, text) {
    const value = await session().execute(
      `const [css, text] = arguments;
       const option = Array.from(document.querySelector(css)?.options ?? []).find((o) => o.textContent.includes(text));
       return option ? option.value : null;`,
      [css, text],
    );
    assert.ok(value !== null, `${css} offers "${text}"`);
    await setValue(css, value);
  }

  /** The first `inner` inside the first `outer` whose text contains `text`, once it exists. */
  async function within(outer, text, inner, timeout = 15000) {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      const found = await session().execute(
        `const [outer, text, inner] = arguments;
         const box = Array.from(document.querySelectorAll(outer)).find((e) => e.textContent.includes(text));
         return box ? box.querySelector(inner) : null;`,
        [outer, text, inner],
      );
      if (found) return ref(found);
      await sleep(150);
    }
    throw new Error(`no ${inner} in ${outer} containing "${text}"`);
  }

  const scrollIntoView = (el) =>
    session().execute(`arguments[0].scrollIntoView({ block: "center" });`, [{ [ELEMENT]: el }]);

  /**
   * Clicks like a person who first scrolls the control into view: WebKitWebDriver does not scroll
   * inside a step's, the inspector's or a dialog's own scrolling area.
   */
  async function press(el) {
    await scrollIntoView(el);
    await session().click(el);
  }

  /** Scrolls an input into view, then types into it. */
  async function typeIn(el, text) {
    await scrollIntoView(el);
    await session().type(el, text);
  }

  return { setValue, choose, within, press, typeIn };
}
