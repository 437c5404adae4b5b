/**
 * Holds back work that changes the layout (a left field's error appearing) while a press is in
 * progress: from the pointer going down to the click it causes. Otherwise the message moves
 * the control under the finger between the press and the click, and the tap is lost.
 *
 * @example
 * ```ts
 * import { createTapGuard } from "@linli/react";
 * const guard = createTapGuard();
 * const stop = guard.listen(document);
 * guard.after(() => console.log("shown once the tap is done"));
 * stop();
 * ```
 */
export interface TapGuard {
  /** Run now, or once the press in progress has ended (after its click's handlers). */
  after(run: () => void): void;
  /** Watch a document's presses; returns the function that stops watching. */
  listen(target: Document): () => void;
}

// A press that ends without a click (dragged off, a disabled target) lets go after this.
const NO_CLICK_MS = 600;

/**
 * A {@link TapGuard}. Touch taps leave the field only after the finger is lifted (the focus
 * moves with the compatibility mouse events), so the press lasts until the click.
 *
 * @example
 * ```ts
 * import { createTapGuard } from "@linli/react";
 * createTapGuard().after(() => {}); // no press in progress: runs at once
 * ```
 */
export function createTapGuard(): TapGuard {
  let pressed = false;
  let held: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const release = () => {
    clearTimeout(timer);
    pressed = false;
    const run = held;
    held = [];
    for (const f of run) f();
  };
  const later = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(release, ms);
  };
  const down = (e: PointerEvent) => {
    if (!e.isPrimary) return;
    clearTimeout(timer);
    pressed = true;
  };
  const up = () => pressed && later(NO_CLICK_MS);
  // The click's own handlers (and React's render of what they changed) run first.
  const click = () => pressed && later(0);
  return {
    after(run) {
      if (pressed) held.push(run);
      else run();
    },
    listen(target) {
      const on = [
        ["pointerdown", down],
        ["pointerup", up],
        ["pointercancel", release],
        ["click", click],
      ] as const;
      for (const [type, f] of on) target.addEventListener(type, f as EventListener, true);
      return () => {
        for (const [type, f] of on) target.removeEventListener(type, f as EventListener, true);
        release();
      };
    },
  };
}
