import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orderedChain } from '../../../src/lib/ui/artefacts';
import { analyzeFiles, analyzeText } from '../../helpers/analyze';

const PKI = join(import.meta.dirname, '..', '..', 'fixtures', 'pki');
const read = (p: string) => readFileSync(join(PKI, p), 'utf8');
const subjects = (pems: string[]) => pems.map((p) => p.split('\n')[1]);

describe('orderedChain (the order-chain-file download)', () => {
	it('puts the leaf first and each intermediate once, with no root and no copies', async () => {
		const leaf = read('server.crt');
		const intermediate = read('intermediate-ca.crt');
		const report = await analyzeText([intermediate, read('root-ca.crt'), leaf, intermediate].join('\n'), { host: 'db.example.com' });
		const chain = orderedChain(report);
		expect(chain?.filename).toBe('server-chain.pem');
		expect(chain?.names).toEqual(['db.example.com', 'Test Intermediate CA']);
		expect(subjects(chain?.pems ?? [])).toEqual(subjects([leaf, intermediate]));
	});

	it('offers nothing when the chain is already in order', async () => {
		const report = await analyzeText(read('server-chain.pem'), { host: 'db.example.com' });
		expect(report.chains[0].bundle.inOrder).toBe(true);
		expect(orderedChain(report)).toBeUndefined();
	});

	it('offers the leaf alone when the only trouble is a certificate from another chain', async () => {
		const report = await analyzeFiles(['checks/server.crt', 'checks/b-inter.crt'], { host: 'db.example.com' });
		expect(report.findings.map((f) => f.id)).toContain('chain.unrelated-certificate');
		expect(orderedChain(report)?.names).toEqual(['db.example.com']);
	});
});
