// The states of a feed that a static story cannot get from a real server, made by wrapping
// fetch for URLs under /__story/ (every other request goes through untouched):
// - /__story/hang.json      never answers (until the element gives up: the loading state);
// - /__story/status-503.json answers 503 (the error state);
// - /__story/not-a-feed.json answers JSON that is not a feed (the invalid-feed error);
// - /__story/once.json?…    answers the real feed the first time, then 503 (the stale state
//   after `reload()`); each distinct query is its own "once".
const realFetch = globalThis.fetch.bind(globalThis);
const answered = new Set<string>();

function storyFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (!url.pathname.startsWith("/__story/")) return realFetch(input, init);
  const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
  switch (url.pathname) {
    case "/__story/hang.json":
      return new Promise((_, reject) => {
        signal?.addEventListener("abort", () => reject(new DOMException("Aborted", "AbortError")));
      });
    case "/__story/status-503.json":
      return Promise.resolve(new Response("Service unavailable", { status: 503 }));
    case "/__story/not-a-feed.json":
      return Promise.resolve(Response.json({ note: "not a feed" }));
    case "/__story/once.json":
      if (answered.has(url.href)) return Promise.resolve(new Response("", { status: 503 }));
      answered.add(url.href);
      return realFetch(new URL("/feed/latest.json", location.href), { signal });
    default:
      return Promise.resolve(new Response("", { status: 404 }));
  }
}

/** Installs the story routes once per page. */
export function installStoryFetch(): void {
  if ((globalThis.fetch as { zcStory?: boolean }).zcStory) return;
  const wrapped = Object.assign(storyFetch, { zcStory: true });
  globalThis.fetch = wrapped as typeof fetch;
}
