/**
 * Takes away, for good, what a worker's code could use to send pasted text anywhere or to turn a
 * string into code: the network APIs and the eval family. Neither worker of this app needs them
 * (the analysis worker only computes; the service worker only fetches the app's own files, which
 * `allowed` admits), so injected or compromised code finds them gone. A Content-Security-Policy
 * does the same where the host sends one or the browser hands the page's one down; this holds
 * even when neither happens. `import()` is syntax, not a global, and only a CSP can refuse it.
 */

type Scope = typeof globalThis & Record<string, unknown>;

/** Globals that reach the network or another context, or compile code (WebAssembly). */
const CUT = [
	'fetch',
	'XMLHttpRequest',
	'WebSocket',
	'WebSocketStream',
	'EventSource',
	'WebTransport',
	'importScripts',
	'Worker',
	'SharedWorker',
	'BroadcastChannel',
	'caches',
	'indexedDB',
	'WebAssembly',
	'eval'
];

function refuse(name: string): () => never {
	return () => {
		throw new TypeError(`${name} is switched off in this worker: it never uses the network or compiles text into code`);
	};
}

function pin(target: object, name: string, value: unknown): void {
	Object.defineProperty(target, name, { value, writable: false, configurable: false, enumerable: false });
}

export interface LockdownOptions {
	/** The service worker keeps fetch and Cache.add/addAll, for the URLs this admits only. */
	allowed?: (url: URL) => boolean;
}

export function lockDown(scope: Scope, { allowed }: LockdownOptions = {}): void {
	const fetch = scope.fetch;
	const cache = (scope as { Cache?: { prototype: Cache } }).Cache?.prototype;
	const kept = allowed ? ['fetch', 'caches'] : [];
	for (const name of CUT) if (name in scope && !kept.includes(name)) pin(scope, name, refuse(name));

	if (allowed) {
		const check = (input: RequestInfo | URL): void => {
			const url = new URL(input instanceof Request ? input.url : String(input), scope.location.href);
			if (!allowed(url)) throw new TypeError(`${url.origin}${url.pathname} is not one of this app's files`);
		};
		pin(scope, 'fetch', (input: RequestInfo | URL, init?: RequestInit) => {
			try {
				check(input);
			} catch (e) {
				return Promise.reject(e);
			}
			return fetch.call(scope, input, init);
		});
		if (cache) {
			const { add, addAll } = cache;
			pin(cache, 'add', function (this: Cache, request: RequestInfo | URL) {
				try {
					check(request);
				} catch (e) {
					return Promise.reject(e);
				}
				return add.call(this, request);
			});
			pin(cache, 'addAll', function (this: Cache, requests: Iterable<RequestInfo>) {
				const list = [...requests];
				try {
					list.forEach(check);
				} catch (e) {
					return Promise.reject(e);
				}
				return addAll.call(this, list);
			});
		}
	}

	// Every function's constructor compiles its argument: Function, and the async and generator
	// kinds reachable only as (async () => {}).constructor. A proxy that refuses to be called keeps
	// `instanceof Function` working, since it forwards `prototype`.
	const deny = { apply: refuse('Function'), construct: refuse('Function') };
	for (const sample of [function () {}, async function () {}, function* () {}, async function* () {}]) {
		const kind = Object.getPrototypeOf(sample) as { constructor: FunctionConstructor };
		const guarded = new Proxy(kind.constructor, deny);
		if (kind.constructor === Function) pin(scope, 'Function', guarded);
		pin(kind, 'constructor', guarded);
	}

	// A string handed to setTimeout or setInterval is compiled like eval.
	for (const name of ['setTimeout', 'setInterval'] as const) {
		const timer = scope[name] as (handler: unknown, ...rest: unknown[]) => number;
		pin(scope, name, (handler: unknown, ...rest: unknown[]) => {
			if (typeof handler !== 'function') refuse(`${name} with a string`)();
			return timer.call(scope, handler, ...rest);
		});
	}
}
