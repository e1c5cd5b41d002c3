/**
 * Imported first by analyze.worker.ts, for its side effect alone. ES modules run in import order,
 * each after the modules it imports: by making this the worker's first import, the lockdown runs
 * before the top-level code of any other module (the core, pkijs, asn1js, the URL shim), so none of
 * them, and nothing that reaches the worker later through a message, ever sees fetch or eval.
 */
import { lockDown } from './lockdown';

lockDown(self as unknown as Parameters<typeof lockDown>[0]);
