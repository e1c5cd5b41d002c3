#!/usr/bin/env node
/**
 * A small static file server for the built site, standing in for any static host (no rewrites,
 * no server logic). Serves build/ under an optional base path, on 127.0.0.1 only, with the
 * security headers of scripts/headers.mjs (the same ones static/_headers and docs/nginx.conf
 * give other hosts); `--no-headers` serves like a bare host that sends none.
 *
 *   node scripts/serve.mjs [--port 4173] [--dir build] [--base /tls-doctor] [--no-headers]
 */
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor } from './headers.mjs';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.pem': 'application/x-pem-file',
	'.bin': 'application/octet-stream'
};

/**
 * @param {{ port?: number, dir?: string, base?: string, host?: string, headers?: boolean }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer({ port = 4173, dir = 'build', base = '', host = '127.0.0.1', headers: secure = true } = {}) {
	const root = resolve(dir);
	const server = createServer((req, res) => {
		let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (secure)
			for (const [name, value] of Object.entries(headersFor(base && path.startsWith(base) ? path.slice(base.length) || '/' : path)))
				res.setHeader(name, value);
		if (base) {
			if (path === base) {
				res.writeHead(301, { location: base + '/' });
				return res.end();
			}
			if (!path.startsWith(base + '/')) {
				res.writeHead(404, { 'content-type': 'text/plain' });
				return res.end('not found');
			}
			path = path.slice(base.length);
		}
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) {
			res.writeHead(403);
			return res.end();
		}
		let info;
		try {
			info = statSync(file);
			if (info.isDirectory()) {
				if (!path.endsWith('/')) {
					res.writeHead(301, { location: (base + path + '/').replace(/\/\/+/g, '/') });
					return res.end();
				}
				file = join(file, 'index.html');
				info = statSync(file);
			}
		} catch {
			res.writeHead(404, { 'content-type': 'text/plain' });
			return res.end('not found');
		}
		const headers = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': info.size,
			'cache-control': file.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		};
		res.writeHead(200, headers);
		if (req.method === 'HEAD') return res.end();
		createReadStream(file).pipe(res);
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolvePromise(server));
	});
}

/** @param {string} name @param {string} fallback @returns {string} */
function arg(name, fallback) {
	const i = process.argv.indexOf(name);
	return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(arg('--port', process.env.PORT ?? '4173'));
	const base = arg('--base', process.env.BASE_PATH ?? '');
	const dir = arg('--dir', 'build');
	startServer({ port, dir, base, headers: !process.argv.includes('--no-headers') })
		.then(() => console.log(`TLS Doctor is being served at http://127.0.0.1:${port}${base}/`))
		.catch((e) => {
			console.error(`Could not serve on 127.0.0.1:${port}: ${e.code === 'EADDRINUSE' ? 'the port is in use (set PORT=...)' : e.message}`);
			process.exit(1);
		});
}
