// Elements that get their feed at the same moment (fifty on a page share one request) would all
// render in one task, blocking the page for as long as they take together: a second for fifty
// <zc-stat> (bench/many-elements). Renders are instead run in slices of about a frame's worth of
// work, and the page gets its turn (input, paint) between slices.

/** How much rendering one task may do before the rest waits for the next task, in ms. */
export const renderSliceMs = 12;

interface QueuedRender {
  readonly render: () => unknown;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

const queue: QueuedRender[] = [];
let sliceOpen = false;
let deadline = 0;
let drainPosted = false;

// A task of its own (not a microtask, which would run inside the current task). A message
// channel, because timers are throttled in background tabs and nested ones clamped to 4 ms.
const channel = typeof MessageChannel === "function" ? new MessageChannel() : undefined;
const posted: (() => void)[] = [];
if (channel) {
  channel.port1.onmessage = () => posted.shift()?.();
}

function postTask(task: () => void): void {
  if (!channel) {
    setTimeout(task, 0);
    return;
  }
  posted.push(task);
  channel.port2.postMessage(null);
}

function openSlice(): void {
  sliceOpen = true;
  deadline = performance.now() + renderSliceMs;
  // Closed by the next task: everything before it belongs to this one.
  postTask(() => {
    sliceOpen = false;
  });
}

function drain(): void {
  drainPosted = false;
  openSlice();
  do {
    const next = queue.shift() as QueuedRender;
    try {
      next.render();
      next.resolve();
    } catch (error) {
      next.reject(error);
    }
  } while (queue.length > 0 && performance.now() < deadline);
  if (queue.length > 0) postDrain();
}

function postDrain(): void {
  if (drainPosted) return;
  drainPosted = true;
  postTask(drain);
}

/**
 * Runs `render` now if this task has rendered for less than {@link renderSliceMs} and nothing is
 * waiting; otherwise queues it for a later task (in order) and returns a promise settled once it
 * has run. Every element's `scheduleUpdate` goes through it.
 *
 * @example
 * const waited = renderInSlice(() => element.performUpdate()); // undefined: it ran already
 */
export function renderInSlice(render: () => unknown): Promise<void> | undefined {
  if (!sliceOpen) openSlice();
  if (queue.length === 0 && performance.now() < deadline) {
    render();
    return undefined;
  }
  return new Promise<void>((resolve, reject) => {
    queue.push({ render, resolve, reject });
    postDrain();
  });
}
