/**
 * A widget's first render in a task of its own. Elements upgrade when the bundle runs, all in the page's
 * script task, and Lit renders each in that task's microtasks: with three widgets the page could not
 * answer a click or a key for one task of 380–900 ms at 4× CPU (npm run bench). Waiting for a task first
 * lets each widget render in its own, with the page free in between.
 *
 * Meanwhile the widget keeps the size the page reserved for it before the script ran (the Embedding
 * guide's `:not(:defined)` rule): the element is defined before it has content, and without this the
 * reserved space would collapse for a frame and the page below would jump twice.
 */

/** Resolvers waiting for a task, one message each, in order. */
const waiting: (() => void)[] = [];
let channel: MessageChannel | undefined;

/**
 * Resolves in a later task, so the browser may handle input and paint first. A message rather than a
 * 0 ms timer, which browsers clamp once timers nest; one channel for the page, so no listener is added and
 * left for the garbage collector per widget.
 */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

let frame: Promise<void> | undefined;

/**
 * Resolves after the frame that follows the tasks already queued (the other widgets' first renders among them)
 * has been rendered: a task posted from its animation frame callback runs after its style, layout and paint.
 * Where frames do not run (a background tab), it resolves 100 ms after those tasks instead. Every caller until
 * then shares the one frame, so a page of many widgets waits for one frame, not one each.
 */
export const nextFrame = (): Promise<void> =>
  (frame ??= new Promise<void>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      frame = undefined;
      clearTimeout(timer);
      resolve();
    };
    // After the tasks already queued, so the frame is one that lays them out.
    void nextTask().then(() => {
      requestAnimationFrame(() => void nextTask().then(done));
      timer = setTimeout(done, 100);
    });
  }));

/** Undefined elements' block sizes, measured once per task for each document or shadow root. */
const reserved = new WeakMap<Element, number>();
let measuredRoots: Set<Node> | undefined;

/**
 * The element's laid-out block size now, while its `:not(:defined)` rule still applies (in its constructor).
 * Every element still undefined in the same root is measured at once: a page's widgets upgrade one after
 * another in the bundle's task, and each read after another's upgrade would lay out the page again.
 */
export function reservedSize(host: HTMLElement): number {
  if (!host.isConnected) return 0;
  const root = host.getRootNode() as Document | ShadowRoot;
  if (!measuredRoots?.has(root)) {
    if (!measuredRoots) {
      measuredRoots = new Set();
      // Sizes hold for this task only: later, the page may have changed.
      queueMicrotask(() => (measuredRoots = undefined));
    }
    measuredRoots.add(root);
    for (const el of root.querySelectorAll(':not(:defined)')) reserved.set(el, el.getBoundingClientRect().height);
    reserved.set(host, host.getBoundingClientRect().height);
  }
  return reserved.get(host) ?? 0;
}

/**
 * Holds `size` px as the host's minimum block size in its shadow root's own styles (a constructed sheet,
 * which a strict `style-src` allows) until the returned function is called.
 */
export function holdSize(root: Node, size: number): () => void {
  const shadow = root as ShadowRoot;
  if (!size || !Array.isArray(shadow.adoptedStyleSheets) || typeof CSSStyleSheet !== 'function') return () => {};
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`:host{min-block-size:${size}px}`);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    return () => {
      shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return () => {};
  }
}
