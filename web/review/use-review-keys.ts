/**
 * The review's keys, on the whole page while the review screen is shown: Enter / A agree and go on,
 * 1–9 flip a criterion, C comment it, J / K next / previous answer, ] / [ next / previous prompt.
 * Keys typed into a text field are the field's; Enter on a button is the button's.
 */
import { useEffect, useRef } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { ReviewDesk } from '../../app/review/review-desk.ts';

const NOT_TYPED = new Set(['file', 'checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color']);

/** True when keys go into a text field (so they are not review keys). */
export function typing(t: EventTarget | null): boolean {
  return (
    t instanceof HTMLElement &&
    (t.isContentEditable ||
      ['TEXTAREA', 'SELECT'].includes(t.tagName) ||
      (t instanceof HTMLInputElement && !NOT_TYPED.has(t.type)))
  );
}

/** What the keys act on besides the desk. */
export interface KeyTargets {
  count: number;
  flip(index: number): void;
  comment(): void;
}

function act(e: KeyboardEvent, desk: ReviewDesk, targets: KeyTargets): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return false;
  const key = e.key.toLowerCase();
  if (key === 'enter' && e.target instanceof HTMLElement && ['BUTTON', 'A'].includes(e.target.tagName)) return false;
  if (key === 'enter' || key === 'a') desk.agree();
  else if (/^[1-9]$/.test(key) && Number(key) <= targets.count) targets.flip(Number(key) - 1);
  else if (key === 'c') targets.comment();
  else if (key === 'j') desk.move(1);
  else if (key === 'k') desk.move(-1);
  else if (key === ']') desk.movePrompt(1);
  else if (key === '[') desk.movePrompt(-1);
  else return false;
  return true;
}

/** Listens to the review keys while mounted; `targets` is read at each key, so it may change every render. */
export function useReviewKeys(desk: StoreApi<ReviewDesk>, targets: KeyTargets): void {
  const latest = useRef(targets);
  latest.current = targets;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (act(e, desk.getState(), latest.current)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [desk]);
}
