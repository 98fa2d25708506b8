/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * The shell freezes Object.prototype (`freezePrototype` in tauri.conf.json) so a polluted
 * prototype cannot change how the page behaves. d3-color (under React Flow's zoom) then fails at
 * load: it sets `prototype.constructor` by assignment, which a frozen Object.prototype forbids in
 * strict code (the "override mistake"). Defining the property instead does the same without
 * assigning. The build stops if the line changes, so an upgrade cannot quietly blank the window.
 */
function d3ColorWithFrozenPrototype(): Plugin {
  const assignment = "prototype.constructor = constructor;";
  return {
    name: "d3-color-with-frozen-prototype",
    transform(code, id) {
      if (!/[\\/]d3-color[\\/]dist[\\/]d3-color\.mjs$/.test(id)) return null;
      if (!code.includes(assignment)) {
        this.error(`d3-color changed: "${assignment}" not found; check it still loads with a frozen Object.prototype`);
      }
      const definition =
        'Object.defineProperty(prototype, "constructor", { value: constructor, writable: true, configurable: true });';
      return { code: code.replace(assignment, definition), map: null };
    },
  };
}

// The webview is WebKitGTK on Linux and Safari's engine on macOS: target what they run.
export default defineConfig({
  plugins: [react(), d3ColorWithFrozenPrototype()],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: { target: "safari16", outDir: "dist", emptyOutDir: true },
  test: {
    environment: "jsdom",
    setupFiles: ["src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
  },
});
