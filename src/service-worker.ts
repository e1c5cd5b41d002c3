/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support: after one visit, the app's own files (and nothing else) are served from a
 * cache. Only same-origin GET requests for the built files and prerendered pages are cached;
 * what is not cached is fetched from the same origin by its path alone, so text in a query string
 * (a ?error= deep link) never leaves the browser through this worker.
 */
import { build, files, prerendered, version } from '$service-worker';
import { lockDown } from '$lib/worker/lockdown';

const sw = self as unknown as ServiceWorkerGlobalScope;
// The worker may fetch and cache this app's own files and nothing else: same origin, inside its
// scope (the site's base path). Everything else that reaches a network, and eval, is gone.
const scope = new URL(sw.registration.scope);
lockDown(sw as unknown as Parameters<typeof lockDown>[0], {
	allowed: (url) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname)
});
const CACHE = `tls-doctor-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			const cached =
				(await cache.match(request, { ignoreSearch: true })) ??
				(await cache.match(url.pathname.endsWith('/') ? url.pathname : url.pathname + '/'));
			if (cached) return cached;
			try {
				// The only request this app makes on its own: a same-origin GET for one of its files
				// that is not cached yet. The query and fragment are dropped, since a ?error= deep
				// link holds pasted text and none of the app's files need one.
				return await fetch(url.search ? new URL(url.pathname, url.origin).href : request);
			} catch {
				// Offline and not cached: a navigation falls back to the cached main page.
				const fallback = request.mode === 'navigate' ? await cache.match(new URL('./', sw.registration.scope).pathname) : undefined;
				return fallback ?? new Response('Offline', { status: 503, statusText: 'Offline' });
			}
		})()
	);
});
