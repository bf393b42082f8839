/**
 * `yoga-layout` (Ink's layout engine) for the bundled command. Its Emscripten loader reads the WebAssembly
 * inlined in it through `fetch('data:…')` whenever `fetch` exists, which makes Node load undici first: about
 * a fifth of a drill's start. Without `fetch` it decodes the same inlined bytes itself. So `fetch` is hidden
 * only while the loader picks its way (synchronously, in the call below) and is put back at once.
 */
import { loadYoga } from 'yoga-layout/load';

export * from 'yoga-layout/load';

const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
if (fetchProperty) delete (globalThis as { fetch?: unknown }).fetch;
let loading: ReturnType<typeof loadYoga>;
try {
  loading = loadYoga();
} finally {
  if (fetchProperty) Object.defineProperty(globalThis, 'fetch', fetchProperty);
}

/** The loaded Yoga, as `import Yoga from 'yoga-layout'` gives it. */
export default await loading;
