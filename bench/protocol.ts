/** Messages between the bench runner and its server process. */
export const BENCH_PASSWORD = 'bench-password-1';
/** Marks the one request whose SQL the server records. */
export const RECORD_HEADER = 'x-bench-record';

export type FromRunner =
  | { type: 'record'; id: number }
  | { type: 'stop'; id: number; key: string }
  | { type: 'replay'; id: number; key: string; iterations: number }
  | { type: 'explain'; id: number; key: string }
  | { type: 'rss'; id: number }
  | { type: 'close'; id: number };

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

export interface Plan {
  text: string;
  ms: number;
  plan: string;
}

export type ToRunner =
  | { type: 'ready'; appPort: number; barePort: number; kind: string; counts: Record<string, number>; loadSeconds: number }
  | { type: 'ok'; id: number }
  | { type: 'statements'; id: number; count: number }
  | ({ type: 'replayed'; id: number } & Percentiles)
  | { type: 'explained'; id: number; plans: Plan[] }
  | { type: 'rss'; id: number; rss: number }
  | { type: 'error'; id: number; message: string };
