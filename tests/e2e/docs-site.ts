/**
 * A docs site on another origin (localhost vs the app's 127.0.0.1) that serves whatever page a
 * test sets: where the /embed/ frame is tried as a documentation page would host it. Each spec
 * gives its own port, since specs run side by side.
 */
import { createServer } from 'node:http';
import { test } from './fixtures';

export function docsSite(port: number): { origin: string; serve: (html: string) => void } {
	let page = '';
	const server = createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(page);
	});
	test.beforeAll(() => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)));
	test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
	return { origin: `http://localhost:${port}`, serve: (html) => (page = html) };
}
