// Presenter mode: the window goes full screen and the page switches to the projector theme.
import { getCurrentWindow } from "@tauri-apps/api/window";

export async function setPresenter(on: boolean): Promise<void> {
  document.documentElement.classList.toggle("presenter", on);
  try {
    const window = getCurrentWindow();
    if ((await window.isFullscreen()) !== on) await window.setFullscreen(on);
  } catch {
    // Outside the desktop shell (unit tests, a browser preview) there is no window to resize.
  }
}
