/**
 * Text that looks like an error but is not about TLS or MongoDB gets "unknown" with a next step,
 * never a guess: real captured runtime errors (Python KeyError, Java NPE, Node TypeError) and
 * nginx's own 502 page.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../helpers/analyze';
import { captured } from './corpus';

// nginx's built-in error page for 502 (src/http/ngx_http_special_response.c), as a proxy returns it.
const NGINX_502 =
	'<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n';

describe('unrelated errors', () => {
	it.each([
		['a Python KeyError', () => captured('python', 'unrelated-keyerror')],
		['a Java NullPointerException', () => captured('java', 'unrelated-npe')],
		['a Node TypeError', () => captured('node', 'unrelated-typeerror')],
		['an nginx 502 page', () => NGINX_502]
	])('%s → unknown, with a next step', async (_name, text) => {
		const report = await analyzeText(text());
		expect(report.diagnoses.map((d) => d.id)).toEqual(['unknown']);
		const [unknown] = report.diagnoses;
		expect(unknown.confidence).toBe('low');
		expect(unknown.evidence).toEqual([]);
		expect(unknown.next.length).toBeGreaterThan(0);
		expect(unknown.next[0].ask).toMatch(/Paste the whole error/);
		expect(unknown.next.some((n) => n.command?.startsWith('openssl s_client'))).toBe(true);
	});

	it('an unrelated error beside a real one does not hide it', async () => {
		const text = `${captured('python', 'unrelated-keyerror')}\n${captured('pymongo', 'expired')}`;
		const report = await analyzeText(text);
		expect(report.diagnoses[0].id).toBe('cert-expired');
		expect(report.diagnoses.map((d) => d.id)).not.toContain('unknown');
	});
});
