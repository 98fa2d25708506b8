import { useEffect, useRef } from "react";

/**
 * Asks for the map to be fitted again `delayMs` after `value` changes (not when the editor
 * opens): the map gained or lost room, or other cards are on it, once the change has been drawn.
 */
export function useRefitOnChange<T>(value: T, delayMs: number, refit: () => void) {
  const shown = useRef(value);
  const latestRefit = useRef(refit);
  useEffect(() => {
    latestRefit.current = refit;
  });
  useEffect(() => {
    if (shown.current === value) return;
    shown.current = value;
    const timer = setTimeout(() => latestRefit.current(), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
}
