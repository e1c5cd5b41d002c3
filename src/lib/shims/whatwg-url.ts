/**
 * The browser's own URL in place of the whatwg-url package, for the page's build only.
 * mongodb-connection-string-url parses connection strings with whatwg-url's URL; browsers and
 * workers ship the same WHATWG URL standard natively, and the package's IDNA tables (tr46) would
 * otherwise be a quarter of the analysis worker. Node (the CLI and the unit tests) keeps the
 * real package; the end-to-end tests run connection strings through this shim.
 */
export const URL = globalThis.URL;
export const URLSearchParams = globalThis.URLSearchParams;
