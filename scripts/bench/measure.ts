/** Timing helpers: medians of repeated runs, in-process and for openssl commands run the same way. */
import { spawnSync } from 'node:child_process';

export function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Median wall time of `fn` over `runs` runs after `warmup` unmeasured ones. */
export async function timeIt(fn: () => unknown | Promise<unknown>, runs = 9, warmup = 2): Promise<number> {
	for (let i = 0; i < warmup; i++) await fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		await fn();
		times.push(performance.now() - t);
	}
	return median(times);
}

/** Median wall time of an external command (its whole process, as a person would run it). */
export function timeCommand(cmd: string, args: string[], runs = 7): number {
	const times: number[] = [];
	for (let i = 0; i < runs + 1; i++) {
		const t = performance.now();
		const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
		const dt = performance.now() - t;
		if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
		if (i > 0) times.push(dt);
	}
	return median(times);
}
