// The installer as a user gets it: the .deb that `make bundle-debug` builds (the same bundle as
// `make bundle`'s release one, from a debug build so `make test` adds no release build). Its
// metadata and files are checked with dpkg-deb; the app is then started from an extracted root
// (`dpkg -x`: nothing is installed into this machine) under the WebDriver harness: on a first
// start it shows the first-run screen, a `.rapport` file given as the argument (as a file manager
// passes it) opens with its account, and an error it shows carries a reference that is in the
// log file in the app-data folder.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { artifactsDir, isolatedEnv, writeDemo } from "./paths.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const repo = resolve(import.meta.dirname, "../..");
const targetDir = process.env.CARGO_TARGET_DIR ?? join(repo, "target");

/** The version every part of Rapport carries: `[workspace.package]` in Cargo.toml. */
function workspaceVersion() {
  const cargo = readFileSync(join(repo, "Cargo.toml"), "utf8");
  const version = cargo.match(/\[workspace\.package\][^[]*?\nversion = "([^"]+)"/)?.[1];
  assert.ok(version, "Cargo.toml has a [workspace.package] version");
  return version;
}

const version = workspaceVersion();
const arch = execFileSync("dpkg", ["--print-architecture"], { encoding: "utf8" }).trim();

/** The debug bundle of this version (RAPPORT_DEB names another package file). */
function debPackage() {
  const dir = process.env.RAPPORT_DEB_DIR ?? join(targetDir, "debug/bundle/deb");
  const deb = process.env.RAPPORT_DEB ?? join(dir, `Rapport_${version}_${arch}.deb`);
  assert.ok(existsSync(deb), `${deb} is missing: build it with \`make bundle-debug\``);
  return deb;
}

const deb = debPackage();
const home = isolatedEnv("install");
const root = mkdtempSync(join(tmpdir(), "rapport-install-root-"));
const installed = join(root, "usr/bin/rapport-app");
const logFile = join(home.dataFolder, "logs", "rapport.log");
let driver;
let app;

before(async () => {
  mkdirSync(artifactsDir(), { recursive: true });
  execFileSync("dpkg", ["-x", deb, root]);
  driver = await startDriver({ port: 4944, env: home.env });
});

after(async () => {
  await app?.close();
  driver?.stop();
  // The extracted debug app is large: never leave it behind.
  rmSync(root, { recursive: true, force: true });
});

const field = (name) => execFileSync("dpkg-deb", ["--field", deb, name], { encoding: "utf8" }).trim();
const readInstalled = (path) => readFileSync(join(root, path), "utf8");

/** Starts the installed app with `args`, after the one before it has quit (one Rapport at a time). */
async function start(args) {
  await app?.close();
  app = await Session.open(driver.base, installed, args);
}

test("the package is named rapport, has the workspace's version and depends on what Debian 12 has", () => {
  assert.equal(field("Package"), "rapport");
  assert.equal(field("Version"), version);
  assert.equal(field("Architecture"), arch);
  assert.equal(field("Section"), "office");
  const depends = field("Depends").split(/,\s*/);
  for (const library of ["libwebkit2gtk-4.1-0", "libgtk-3-0", "libdbus-1-3"]) {
    assert.ok(depends.includes(library), `Depends names ${library}: ${depends}`);
  }
  // This machine is Debian 12 and runs the app: every dependency is a package installed here.
  for (const name of depends) {
    const status = execFileSync("dpkg-query", ["--show", "--showformat=${Status}", name.split(" ")[0]], {
      encoding: "utf8",
    });
    assert.equal(status, "install ok installed", `${name} is a Debian 12 package`);
  }
});

test("it installs the app, its icon, a desktop entry and the .rapport MIME type", () => {
  const files = execFileSync("dpkg-deb", ["--contents", deb], { encoding: "utf8", maxBuffer: 1 << 20 })
    .split("\n")
    .map((line) => line.split(/\s+/).pop().replace(/^\.\//, ""));
  for (const file of [
    "usr/bin/rapport-app",
    "usr/share/applications/Rapport.desktop",
    "usr/share/mime/packages/rapport.xml",
    "usr/share/icons/hicolor/128x128/apps/rapport-app.png",
  ]) {
    assert.ok(files.includes(file), `${file} is in the package`);
  }
  const desktop = readInstalled("usr/share/applications/Rapport.desktop");
  const entry = Object.fromEntries(
    desktop
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  assert.equal(entry.Name, "Rapport");
  assert.equal(entry.Type, "Application");
  assert.equal(entry.Icon, "rapport-app");
  assert.equal(entry.Categories, "Office;");
  assert.equal(entry.MimeType, "application/x-rapport-workspace");
  // %f: a file manager passes the file it opens as the one argument.
  assert.equal(entry.Exec, "rapport-app %f");
  const mime = readInstalled("usr/share/mime/packages/rapport.xml");
  assert.match(mime, /<mime-type type="application\/x-rapport-workspace">/);
  assert.match(mime, /<glob pattern="\*\.rapport"\/>/);
  // What dpkg's trigger does on install (shared-mime-info): the unpacked definition compiles and
  // maps *.rapport to the type.
  execFileSync("update-mime-database", [join(root, "usr/share/mime")]);
  assert.match(readInstalled("usr/share/mime/globs2"), /^\d+:application\/x-rapport-workspace:\*\.rapport$/m);
});

test("the installed app starts on the first-run screen and writes its log in the app-data folder", async () => {
  await start([]);
  await app.waitFor(".first-run-screen h1", { text: "Plan your first key account" });
  await app.screenshot(join(artifactsDir(), "install-first-run.png"));
  assert.match(readFileSync(logFile, "utf8"), new RegExp(`Rapport ${version.replaceAll(".", "\\.")} started`));
});

test("a .rapport file given as the argument opens with its accounts", async () => {
  const file = writeDemo(join(home.root, "Helios.rapport"));
  await start([file]);
  await app.waitFor(".status-bar", { text: `Workspace: ${file}` });
  await app.waitFor(".account-link", { text: "Helios Freight" });
});

test("an error the app shows carries a reference that finds its line in the log", async () => {
  const broken = join(home.root, "Broken.rapport");
  writeFileSync(broken, "not a workspace at all");
  await start([broken]);
  const problem = await app.waitFor(".no-workspace-problem", { text: "(ref " });
  await app.screenshot(join(artifactsDir(), "install-error-reference.png"));
  const shown = (await app.texts(".no-workspace-problem")).join("");
  const reference = shown.match(/\(ref ([0-9A-F]{6})\)$/)?.[1];
  assert.ok(problem && reference, `a reference at the end of: ${shown}`);
  const line = readFileSync(logFile, "utf8")
    .split("\n")
    .find((l) => l.includes(`ref ${reference}`));
  assert.ok(line, `ref ${reference} is in ${logFile} (${readdirSync(join(home.dataFolder, "logs"))})`);
  assert.match(line, /ERROR/);
  assert.match(line, /NotAWorkspace/);
});
