/**
 * A remedy template: its text is fixed, its steps are rendered for an environment.
 * `risk` marks anything that weakens security; the report never lists such a remedy first.
 */

import type { RemedyStep } from '../report/model';
import type { Environment } from './environment';

export interface RemedyTemplate {
	id: string;
	title: string;
	/** Why it works, in one or two sentences. */
	why: string;
	/** How to tell it worked. */
	verify?: string;
	risk?: string;
	steps(env: Environment): RemedyStep[];
}

export const text = (t: string): RemedyStep => ({ kind: 'text', text: t });
export const command = (t: string): RemedyStep => ({ kind: 'command', text: t });
export const config = (t: string, filename?: string): RemedyStep => ({ kind: 'config', text: t, ...(filename ? { filename } : {}) });
