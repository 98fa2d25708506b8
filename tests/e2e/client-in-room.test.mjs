// Client in the room, in the real app: the switch hides what the client-safe PDF leaves out
// (attitude words, findings that rest on attitudes, personal notes) from the page itself, keeps
// editing possible, and switched off shows everything again.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { artifactsDir } from "./paths.mjs";
import { demoSuite } from "./demoSuite.mjs";

const ENTER = "\uE007";
const TAB = "\uE004";

let app;
demoSuite("client-in-room", (opened) => (app = opened));

const PERSONAL_NOTE = "Marathon runner";
const ATTITUDE_WORDS = ["Blocker", "Skeptic", "Champion", "Supporter"];

/** Every word the page holds: text, attribute values (aria-labels, titles) and field values. */
const pageWords = () =>
  app.execute(`
    const parts = [document.body.textContent];
    for (const el of document.body.querySelectorAll('*')) {
      for (const a of el.attributes) if (a.name !== 'class' && a.name !== 'style') parts.push(a.value);
      if ('value' in el && typeof el.value === 'string') parts.push(el.value);
    }
    return parts.join('\\n');`);

async function selectRaj() {
  await app.type(await app.find(".search-box input"), "Raj Patel");
  await app.waitFor("#search-results li", { text: "Raj Patel" });
  await app.type(await app.find(".search-box input"), ENTER);
  await app.waitFor(".inspector input", {});
}

test("with the client in the room attitudes, their findings and private notes leave the page", async () => {
  await selectRaj();
  let words = await pageWords();
  assert.ok(words.includes("Blocker"), "the demo shows a blocker to us");
  assert.ok(words.includes(PERSONAL_NOTE), "Raj's personal notes in the inspector");
  assert.ok(words.includes("Influential blocker"), "a finding that rests on an attitude");

  await app.click(await app.waitFor(".map-toolbar button", { text: "Client in the room" }));
  await app.waitFor(".client-in-room-banner", { text: "Client in the room" });
  words = await pageWords();
  for (const word of ATTITUDE_WORDS) {
    const where = await app.execute(
      `const word = arguments[0];
       const el = Array.from(document.body.querySelectorAll('*')).reverse().find((e) =>
         (e.children.length === 0 && e.textContent.includes(word)) ||
         Array.from(e.attributes).some((a) => a.name !== 'class' && a.name !== 'style' && a.value.includes(word)) ||
         (typeof e.value === 'string' && e.value.includes(word)));
       return el ? el.outerHTML.slice(0, 300) : null;`,
      [word],
    );
    assert.equal(where, null, `${word} is not on the page`);
  }
  assert.ok(!words.includes(PERSONAL_NOTE), "no personal notes");
  assert.ok(!words.includes("economic buyer"), "no other method's role tag");
  assert.ok(!words.toLowerCase().includes("influential blocker"), "no finding about attitudes");
  await app.screenshot(join(artifactsDir(), "client-in-the-room.png"));

  // Editing still works: Raj's title, changed in the inspector, shows on his card.
  const title = await app.execute(
    `const input = Array.from(document.querySelectorAll('.inspector .field')).find((f) => f.textContent.startsWith('Title'))?.querySelector('input');
     input.setAttribute('data-e2e', 'title');
     input.focus();
     input.select();
     return input.value;`,
  );
  const titleInput = await app.find('.inspector input[data-e2e="title"]');
  await app.type(titleInput, `${title}, Finance${TAB}`);
  await app.waitUntil(
    "return Array.from(document.querySelectorAll('.person-card')).some((c) => c.textContent.includes('Raj Patel') && c.textContent.includes(', Finance'))",
    [],
    { what: "Raj's new title on his card" },
  );
  assert.ok(await app.execute("return document.querySelector('.client-in-room-banner') !== null"), "still on after an edit");

  // Presenter mode keeps the switch, the banner and the hiding; Esc (twice) leaves presenter mode.
  await app.click(await app.waitFor(".map-toolbar button", { text: "Present" }));
  await app.waitFor(".presenter-bar .client-in-room-toggle");
  assert.ok(await app.execute("return document.querySelector('.client-in-room-banner') !== null"), "banner in presenter mode");
  assert.ok(!(await pageWords()).includes("Blocker"), "no attitudes in presenter mode");
  await new Promise((r) => setTimeout(r, 700)); // the map's refit
  await app.screenshot(join(artifactsDir(), "client-in-the-room-presenter.png"));
  // The person selected before is followed: the first Esc lets go of them, the second leaves.
  await app.type(await app.find(".presenter-bar button"), "\uE00C");
  await app.waitUntil("return document.querySelector('.card.selected') === null", [], { what: "nobody followed" });
  await app.type(await app.find(".presenter-bar button"), "\uE00C");
  await app.waitUntil("return document.querySelector('.presenter-bar') === null", [], { what: "presenter mode left" });

  // Off again: everything is back.
  await app.click(await app.waitFor(".client-in-room-banner button", { text: "Show everything" }));
  await app.waitUntil("return document.querySelector('.client-in-room-banner') === null", [], { what: "banner gone" });
  await selectRaj(); // Esc let go of him in presenter mode
  words = await pageWords();
  assert.ok(words.includes("Blocker") && words.includes(PERSONAL_NOTE), "attitudes and notes back");
});

async function goTo(step) {
  await app.click(await app.waitFor(`.step-tab[data-step="${step}"]`));
  await app.waitFor(`.plan-step[data-step="${step}"] .plan-panel`);
}

const goalCount = () => app.execute("return document.querySelectorAll('.goal-list > li').length");

test("the plan's steps follow the same rules: no attitudes, no findings or goals about them", async () => {
  await goTo("determine");
  const allGoals = await goalCount();
  await goTo("identify");
  assert.ok((await pageWords()).includes("Blocker"), "Identify shows attitudes to us");

  await app.click(await app.waitFor(".step-tab", { text: "Map" }));
  await app.click(await app.waitFor(".map-toolbar button", { text: "Client in the room" }));
  await app.waitFor(".client-in-room-banner");
  await goTo("identify");
  let words = await pageWords();
  for (const word of ATTITUDE_WORDS) assert.ok(!words.includes(word), `${word} not in Identify`);
  await goTo("analyse");
  words = await pageWords();
  assert.ok(!words.toLowerCase().includes("influential blocker"), "no finding about attitudes in Analyse");
  await goTo("determine");
  const shownGoals = await goalCount();
  assert.ok(shownGoals < allGoals, `goals that move an attitude are left out (${shownGoals} of ${allGoals})`);
  await app.screenshot(join(artifactsDir(), "client-in-the-room-determine.png"));

  await app.click(await app.waitFor(".client-in-room-banner button", { text: "Show everything" }));
  await app.waitUntil(`return document.querySelectorAll('.goal-list > li').length === ${allGoals}`, [], { what: "every goal back" });
});

// What the client-safe PDF leaves out of the other screens, from the demo: attitude words (also
// in a review's diff and in the goal that moves Tom Fischer's attitude), and our notes on
// coverage, reviews, initiatives and interactions.
const HIDDEN_WORDS = ["blocker", "skeptic", "champion", "supporter"];
const HIDDEN_NOTES = {
  understand: "Weekly call; she trusts our delivery.",
  review: "Hamburg outage dominates",
  implement: "Sofia Marin can get us 30 minutes with Raj.",
  log: "Third security questionnaire",
};
const determineMark = () => app.execute(`return document.querySelector('.step-tab[data-step="determine"] .step-mark')?.textContent ?? ''`);
/** Waits until `check` holds: a step shows what it loads once it is open, not with its tab. */
async function eventually(check, what, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    assert.ok(Date.now() < deadline, what);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const attitudeChanges = () =>
  app.execute("return Array.from(document.querySelectorAll('.diff-change')).filter((l) => / attitude /.test(l.textContent)).length");

test("Understand, Review, Implement, the log and the step bar hide what the client-safe PDF leaves out", async () => {
  // To us: every hidden thing is there, so the checks below can fail.
  const ours = {};
  for (const step of Object.keys(HIDDEN_NOTES)) {
    await goTo(step);
    await eventually(async () => (await pageWords()).includes(HIDDEN_NOTES[step]), `${step} shows our note to us`);
    ours[step] = await pageWords();
  }
  assert.ok(HIDDEN_WORDS.some((w) => ours.understand.toLowerCase().includes(w)), "Understand marks attitudes for us");
  assert.ok(ours.implement.includes("Turn Tom Fischer from blocker to neutral"), "Implement names the attitude goal for us");
  await goTo("review");
  await eventually(async () => (await attitudeChanges()) > 0, "the review's diff shows attitude changes to us");
  const findingCounts = () => app.execute("return document.querySelectorAll('.review-row .health').length");
  assert.ok((await findingCounts()) > 0, "each past review shows its finding counts to us");
  const ourMark = await determineMark();
  assert.match(ourMark, /^\d+\/\d+ findings$/);

  await app.click(await app.waitFor(".step-tab", { text: "Map" }));
  await app.click(await app.waitFor(".map-toolbar button", { text: "Client in the room" }));
  await app.waitFor(".client-in-room-banner");
  for (const step of Object.keys(HIDDEN_NOTES)) {
    await goTo(step);
    const words = await pageWords();
    for (const note of Object.values(HIDDEN_NOTES)) assert.ok(!words.includes(note), `${note} not in ${step}`);
    for (const word of HIDDEN_WORDS) assert.ok(!words.toLowerCase().includes(word), `${word} not in ${step}`);
    assert.ok(!words.includes("Influential blocker"), `no finding about attitudes in ${step}`);
    if (step === "review") {
      assert.equal(await attitudeChanges(), 0, "no attitude changes in the review's diff");
      assert.equal(await findingCounts(), 0, "no finding counts (they include findings about attitudes)");
    }
    await app.screenshot(join(artifactsDir(), `client-in-the-room-${step}.png`));
  }
  // The step bar counts only the findings the client may see.
  const theirMark = await determineMark();
  const total = (mark) => Number(mark.match(/\/(\d+) findings/)?.[1]);
  assert.ok(total(theirMark) < total(ourMark), `the client's count (${theirMark}) leaves out findings about attitudes (${ourMark})`);
  // The new-goal form offers no attitude target, and the step's sentence counts as its tab.
  await goTo("determine");
  const sentence = await app.execute("return document.querySelector('.plan-progress')?.textContent ?? ''");
  assert.ok(sentence.includes(`of ${total(theirMark)} findings`), `Determine's sentence counts the client's findings: ${sentence}`);
  const kinds = await app.execute(
    "return Array.from(document.querySelectorAll('[aria-label=\"Kind of target\"] button')).map((b) => b.textContent)",
  );
  assert.deepEqual(kinds, ["Coverage", "In words"]);

  // Off again: everything is back.
  await app.click(await app.waitFor(".client-in-room-banner button", { text: "Show everything" }));
  await app.waitUntil("return document.querySelector('.client-in-room-banner') === null", [], { what: "banner gone" });
  assert.equal(await determineMark(), ourMark);
  for (const step of Object.keys(HIDDEN_NOTES)) {
    await goTo(step);
    await eventually(async () => (await pageWords()).includes(HIDDEN_NOTES[step]), `${step} shows our note again`);
  }
  await goTo("review");
  await eventually(async () => (await attitudeChanges()) > 0, "attitude changes back in the review's diff");
});
