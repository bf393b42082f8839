/**
 * Sessions: `start` / `step` (pure), the `transcript` to resume a screen, the `currentPrompt`, the
 * `report`, and `restoreState` to load a saved state safely — with the text analysis loaded.
 */
export * from './core.ts';
export { scoreAnswer } from './answer.ts';
