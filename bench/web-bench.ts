/** Web build benchmarks (filled in once the web app lands). */
import type { Row } from './engine-bench.ts';

/** Section 5: JavaScript before the first prompt, and time to the first prompt in Chromium. */
export async function benchWeb(_runs: number): Promise<Row[]> {
  return [];
}
