/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support: after one visit, the app's own files (and nothing else) are served from a
 * cache. Only same-origin GET requests for the built files and prerendered pages are cached;
 * the app never makes any other request, and user input is never part of a request.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
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
				return await fetch(request);
			} catch {
				// Offline and not cached: a navigation falls back to the cached main page.
				const fallback = request.mode === 'navigate' ? await cache.match(new URL('./', sw.registration.scope).pathname) : undefined;
				return fallback ?? new Response('Offline', { status: 503, statusText: 'Offline' });
			}
		})()
	);
});
