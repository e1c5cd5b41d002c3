// Every page is prerendered to plain HTML; there is no server.
export const prerender = true;
export const trailingSlash = 'always';
