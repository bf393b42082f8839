import { afterEach, beforeEach, vi } from 'vitest';

// Tests fail on console.error / console.warn: the engine reports through return values, never by logging.
let calls: string[] = [];
beforeEach(() => {
  calls = [];
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length) throw new Error(`Unexpected console output:\n${calls.join('\n')}`);
});
