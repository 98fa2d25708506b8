import { describe, expect, it } from "vitest";
import { themeProperties, visualLanguageCss } from "../shared/visualLanguage";
import { applyTheme, resolveTheme } from "./theme";

describe("theme", () => {
  it("follows the OS unless one is forced", () => {
    expect(resolveTheme("system", true)).toBe("dark");
    expect(resolveTheme("system", false)).toBe("light");
    expect(resolveTheme("light", true)).toBe("light");
    expect(resolveTheme("dark", false)).toBe("dark");
  });

  it("writes both of core's colour tables as one stylesheet, switched by the root's attribute", () => {
    const light = themeProperties("light");
    const dark = themeProperties("dark");
    expect(light["--paper"]).toBe("#ffffff");
    expect(dark["--paper"]).not.toBe(light["--paper"]);
    // Every colour the map uses exists in both themes.
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
    for (const name of ["--attitude-champion", "--attitude-blocker", "--role-budget-fill", "--line-conflicts-with", "--interaction-firefighting"]) {
      expect(light[name], name).toMatch(/^#[0-9a-f]{6}$/);
    }
    const css = visualLanguageCss();
    expect(css).toContain('[data-theme="light"]');
    expect(css).toContain(`[data-theme="dark"] { --ink: ${dark["--ink"]};`);
    const root = document.createElement("html");
    applyTheme(root, "dark");
    expect(root.dataset.theme).toBe("dark");
    expect(root.style.colorScheme).toBe("dark");
  });
});
