// Personal touches end to end in the real app on the demo: a birthday set in the inspector within
// 30 days of the app's today shows under "Coming up" on the portfolio, and a click there opens
// the person's card; a thank-you owed is refused without its text, then listed (in the inspector
// and under "Coming up"); File → Export calendar… writes the account's and the portfolio's
// `.ics` with the birthday's VEVENT; "Find a reference…" lists willing accounts least used first
// and logs a request. RAPPORT_EXPORT_DIR stands in for the native save dialog.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { formsOf, ref } from "./forms.mjs";
import { appBinary, artifactsDir, isolatedEnv, writeDemo } from "./paths.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const ENTER = "\uE007";
const PERSON = "Aisha Rahman";
// RAPPORT_TODAY is 23 Nov 2026 (paths.mjs): 5 December is 12 days ahead.
const BIRTHDAY = "1979-12-05";
const THANKS = "the fleet telematics reference call";
const home = isolatedEnv("personal");
const workspace = writeDemo(join(home.root, "demo.rapport"));
const out = join(home.root, "out");
let driver;
let app;

before(async () => {
  mkdirSync(out);
  mkdirSync(artifactsDir(), { recursive: true });
  // Port 4744 and up: the other suites use 4444–4644.
  driver = await startDriver({ port: 4744, env: { ...home.env, RAPPORT_EXPORT_DIR: out } });
  app = await Session.open(driver.base, appBinary(), ["--workspace", workspace, "--open", "Helios Freight"]);
  await app.waitFor(".react-flow__edge");
  // Wide enough for the portfolio beside its "Coming up" panel, as on a projector.
  await app.setWindowRect({ width: 1600, height: 1000 });
});

after(async () => {
  await app?.close();
  driver?.stop();
});

const shot = (name) => app.screenshot(join(artifactsDir(), `personal-${name}.png`));

const { within, press, typeIn, setValue } = formsOf(() => app);

/** Whether the inspector shows `name` in its name field (the person is selected). */
const inspecting = (name) =>
  app.waitUntil(
    "return Array.from(document.querySelectorAll('.inspector input')).some((i) => i.value === arguments[0])",
    [name],
    { what: `${name} in the inspector` },
  );

/** The calendar's text with folded lines joined again (RFC 5545 folds at 75 octets). */
const unfolded = (file) => readFileSync(file, "utf8").replace(/\r\n[ \t]/g, "");

/** The VEVENT blocks of a calendar. */
const events = (ics) => ics.split("BEGIN:VEVENT").slice(1).map((e) => e.split("END:VEVENT")[0]);

test("a birthday and a thank-you are set in the inspector's Personal section; a thank-you for “other” without its text is refused", async () => {
  await app.type(await app.find(".search-box input"), PERSON);
  await app.waitFor("#search-results li", { text: PERSON });
  await app.type(await app.find(".search-box input"), ENTER);
  await inspecting(PERSON);

  await typeIn(await within(".inspector label.field", "Birthday", "input"), `${BIRTHDAY}${ENTER}`);
  const owedBefore = await app.texts('.personal-list[aria-label="Thank-yous owed"] .personal-item');
  await press(await app.waitFor(".personal-section button", { text: "+ Add a thank-you" }));
  await typeIn(await app.find('.personal-section form[aria-label="New thank-you"] input[aria-label="Due"]'), "2026-11-30");
  // A thank-you for something other than a deal, a referral or a reference call must say what for.
  await setValue('.personal-section form[aria-label="New thank-you"] select', "other");
  await press(await app.waitFor('.personal-section form[aria-label="New thank-you"] button[type=submit]'));
  const refused = await app.waitFor('.personal-section form[aria-label="New thank-you"] .field[data-invalid] .field-error', {
    text: "Say what the thank-you is for",
  });
  assert.ok(refused, "the empty text is refused next to its field");
  assert.deepEqual(await app.texts('.personal-list[aria-label="Thank-yous owed"] .personal-item'), owedBefore, "nothing was saved");

  await setValue('.personal-section form[aria-label="New thank-you"] input[placeholder^="e.g. the Rotterdam"]', THANKS);
  await press(await app.find('.personal-section form[aria-label="New thank-you"] button[type=submit]'));
  await app.waitFor('.personal-list[aria-label="Thank-yous owed"] .personal-item', { text: THANKS });
  const listed = await app.texts('.personal-list[aria-label="Thank-yous owed"] .personal-item');
  assert.equal(listed.length, owedBefore.length + 1);
  assert.ok(listed.some((t) => /Other: the fleet telematics reference call · due 30 Nov 2026/.test(t)), listed.join("\n"));

  await press(await app.waitFor(".personal-section button", { text: "+ Add a date" }));
  await setValue('.personal-section form[aria-label="New date"] input[placeholder="e.g. Work anniversary"]', "Joined Helios");
  await typeIn(await app.find('.personal-section form[aria-label="New date"] input[aria-label="Date"]'), "2019-12-10");
  await press(await app.find('.personal-section form[aria-label="New date"] button[type=submit]'));
  await app.waitFor('.personal-list[aria-label="Dates that matter"] .personal-item', { text: "Joined Helios" });
  await app.execute("document.querySelector('.personal-section').scrollIntoView()");
  await shot("1-inspector-section");
});

test("File → Export calendar… on the account writes its calendar with the birthday's VEVENT", async () => {
  await app.menu("exportCalendar");
  await app.waitFor(".calendar-saved", { text: "Saved Helios Freight's calendar" });
  const file = join(out, "Helios Freight – calendar.ics");
  assert.ok(existsSync(file), `saved as ${readdirSync(out).join(", ")}`);
  const ics = unfolded(file);
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  const birthday = events(ics).find((e) => e.includes(`SUMMARY:Birthday: ${PERSON}`));
  assert.ok(birthday, "a VEVENT for the birthday");
  assert.match(birthday, /DTSTART;VALUE=DATE:19791205/);
  assert.match(birthday, /RRULE:FREQ=YEARLY/);
  assert.ok(events(ics).some((e) => e.includes("fleet telematics")), "a VEVENT for the thank-you due");
});

test("the birthday and the thank-you are under Coming up on the portfolio; a click opens the person's card", async () => {
  await press(await app.find(".account-bar .back"));
  // The panel shows its first entries (overdue ones lead); the rest are one click away.
  await press(await app.waitFor(".coming-up button.plan-button", { text: "Show all" }));
  await app.waitFor(".coming-up button.plan-button", { text: "Show fewer" });
  const wanted = `${PERSON}, Helios Freight: Birthday, 5 Dec 2026`;
  const entry = await app
    .waitUntil(
      `return Array.from(document.querySelectorAll('.coming-up-item'))
         .find((b) => b.getAttribute('aria-label').startsWith(arguments[0])) ?? null`,
      [wanted],
      { what: "the birthday under Coming up" },
    )
    .catch(async (err) => {
      const seen = await app.execute("return Array.from(document.querySelectorAll('.coming-up-item')).map((b) => b.getAttribute('aria-label'))");
      throw new Error(`${err.message}; listed:\n${seen.join("\n")}`);
    });
  const labels = await app.execute(
    "return Array.from(document.querySelectorAll('.coming-up-item')).map((b) => b.getAttribute('aria-label'))",
  );
  assert.ok(
    labels.some((l) => l.startsWith(`${PERSON}, Helios Freight: Thank for: ${THANKS}, 30 Nov 2026`)),
    labels.join("\n"),
  );
  // Overdue entries lead the list and are marked.
  const overdue = await app.execute(
    "return Array.from(document.querySelectorAll('.coming-up-item')).map((b) => b.classList.contains('coming-up-overdue'))",
  );
  assert.ok(overdue.indexOf(false) === -1 || !overdue.slice(overdue.indexOf(false)).includes(true), "overdue first");
  await shot("2-coming-up");

  await press(ref(entry));
  await app.waitFor(".react-flow__edge");
  await inspecting(PERSON);
  assert.ok(await app.execute("return document.querySelector('.account-bar h1')?.textContent === 'Helios Freight'"));
  // Not only the account opened: the person's card is selected and brought to the middle of the
  // map (the map's first fit must not undo it).
  const where = await app.waitUntil(
    `const map = document.querySelector('.react-flow').getBoundingClientRect();
     const card = Array.from(document.querySelectorAll('.react-flow__node'))
       .find((n) => n.querySelector('.card-name')?.textContent === arguments[0]);
     if (!card || !card.classList.contains('selected')) return null;
     const r = card.getBoundingClientRect();
     const dx = Math.abs(r.left + r.width / 2 - (map.left + map.width / 2)) / map.width;
     const dy = Math.abs(r.top + r.height / 2 - (map.top + map.height / 2)) / map.height;
     const inside = r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
     return inside && dx < 0.1 && dy < 0.1 ? { dx, dy, width: r.width } : null;`,
    [PERSON],
    { what: `${PERSON}'s card selected and centred on the map` },
  );
  assert.ok(where.width >= 150, `the card is readable, not a speck (${where.width}px wide)`);
  await shot("3-opened-from-coming-up");
});

test("File → Export calendar… on the portfolio writes every account's calendar", async () => {
  await press(await app.find(".account-bar .back"));
  await app.waitFor(".coming-up-item");
  await app.menu("exportCalendar");
  await app.waitFor(".home-status", { text: "Saved the portfolio's calendar" });
  const ics = unfolded(join(out, "Rapport portfolio – calendar.ics"));
  const all = events(ics);
  assert.ok(all.some((e) => e.includes(`SUMMARY:Birthday: ${PERSON}`)), "the birthday");
  // Every account in the portfolio has its next review in it.
  const reviews = all.map((e) => e.match(/SUMMARY:Account review due: (.*)/)?.[1]?.trim()).filter(Boolean);
  for (const account of ["Helios Freight", "Nordlicht Energie", "Atlas Retail Group"]) {
    assert.ok(reviews.includes(account), `${account}'s review is in the calendar: ${reviews.join(", ")}`);
  }
});

test("Find a reference… lists willing accounts least used first and logs a request", async () => {
  await press(await app.waitFor(".home-actions button", { text: "Find a reference…" }));
  await app.waitFor(".reference-finder .reference-item");
  const counts = async () =>
    app.execute(
      `return Array.from(document.querySelectorAll('.reference-finder .reference-use')).map((u) =>
         u.textContent === 'Never asked' ? 0 : Number(u.textContent.match(/Asked (\\d+)/)[1]))`,
    );
  const before = await counts();
  assert.deepEqual(before, [...before].sort((a, b) => a - b), "least used first");
  const [first] = await app.texts(".reference-finder .reference-item strong");
  await press(await app.find(".reference-finder .reference-item button.plan-button"));
  await press(await app.waitFor(".reference-request button[type=submit]"));
  await app.waitFor(".reference-request .field-error", { text: "Name the prospect" });
  await setValue(".reference-request input[placeholder='e.g. Nordlicht Logistik']", "Nordlicht Logistik");
  await press(await app.find(".reference-request button[type=submit]"));
  await app.waitFor(".reference-status", { text: `Logged Nordlicht Logistik's request on ${first}` });
  await app.waitFor(".reference-status button", { text: "Undo" });
  await app.waitFor(".reference-finder .reference-item", { text: "Asked" });
  const item = await app.execute(
    "return Array.from(document.querySelectorAll('.reference-finder .reference-item')).find((i) => i.querySelector('strong').textContent === arguments[0]).textContent",
    [first],
  );
  assert.match(item, /Asked \d+ times? · last 23 Nov 2026/);
  await shot("4-reference-finder");
});
