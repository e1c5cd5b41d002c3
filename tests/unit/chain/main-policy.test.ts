import { describe, expect, it } from 'vitest';
import { CLIENT_POLICIES, MAIN_POLICY, OPENSSL_POLICY } from '../../../src/lib/core/chain/policy';

describe('the main policy', () => {
	it('is OpenSSL, named rather than taken from the head of the list', () => {
		expect(MAIN_POLICY).toBe(OPENSSL_POLICY);
		expect(MAIN_POLICY.id).toBe('openssl');
	});

	it('is one of the client policies, once', () => {
		expect(CLIENT_POLICIES.filter((p) => p === MAIN_POLICY)).toHaveLength(1);
	});
});
