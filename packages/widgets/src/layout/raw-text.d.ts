// Vite (which runs the browser tests) imports any file as text with the `?raw` suffix; the
// tile-grid test uses it to check that the generated layout matches its data and script.
declare module "*?raw" {
  const text: string;
  export default text;
}
