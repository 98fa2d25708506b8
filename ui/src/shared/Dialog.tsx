import { type ReactNode, useEffect, useRef } from "react";
import { CompactFields } from "./Field";
import "./kit.css";

type Props = { title: string; onClose: () => void; children: ReactNode; className?: string };

/** A modal dialog: focus moves in, Escape closes, Tab stays inside. Its fields take the compact look. */
export function Dialog({ title, onClose, children, className }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    box.current?.querySelector<HTMLElement>("[autofocus], button, select, input")?.focus();
    return () => before?.focus();
  }, []);
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        className={`dialog ${className ?? ""}`}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === "Escape") onClose();
          if (e.key !== "Tab" || !box.current) return;
          const focusable = [...box.current.querySelectorAll<HTMLElement>("button, select, input, textarea")].filter(
            (el) => !el.hasAttribute("disabled"),
          );
          const [first, last] = [focusable[0], focusable[focusable.length - 1]];
          if (e.shiftKey && document.activeElement === first) {
            e.preventDefault();
            last?.focus();
          } else if (!e.shiftKey && document.activeElement === last) {
            e.preventDefault();
            first?.focus();
          }
        }}
      >
        <h2>{title}</h2>
        <CompactFields>{children}</CompactFields>
      </div>
    </div>
  );
}
