/**
 * `npm run sql:snapshot [-- --check]`: the SQL of every repository, checked in under sql/ so that a reviewer sees
 * every query change in a diff.
 *
 * Each method of each `*Repo` object in `src/server/**\/*.repo.ts` is called once, with a representative call from
 * scripts/sql-snapshot.calls.ts or, for the many methods that take only ids, dates and the like, with arguments
 * chosen by parameter name. The executor is Drizzle's proxy driver recording each statement instead of sending it:
 * no database, every result empty, the same text on every run and machine, in a second or two. Parameters stay
 * placeholders ($1, $2 …); a method whose call answers without SQL (an empty id list) or throws says so in its
 * file. Statements are laid out one clause per line.
 *
 * `--check` (a step of `npm test`) writes nothing and fails, naming the files, when what is checked in differs from
 * what the code renders now: run `npm run sql:snapshot` and commit the result.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { drizzle } from 'drizzle-orm/pg-proxy';
import * as schema from '../src/server/db/schema/index.js';
import type { Executor } from '../src/server/db/client.js';
import { representativeCalls, sampleArgument } from './sql-snapshot.calls.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER = join(ROOT, 'src/server');
const OUT = join(ROOT, 'sql');
const check = process.argv.includes('--check');

let recorded: string[] = [];
/** An executor that records each statement and answers with no rows. */
const recorder = drizzle(
  async (text) => {
    recorded.push(text);
    return { rows: [] };
  },
  { schema, casing: 'snake_case' },
) as unknown as Executor;

/** The repository files by module (the folder under src/server/modules, or the top folder otherwise), sorted. */
function repositoryFiles(): Map<string, string[]> {
  const files = (readdirSync(SERVER, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.repo.ts'))
    .map((file) => file.split('\\').join('/'))
    .sort();
  const byModule = new Map<string, string[]>();
  for (const file of files) {
    const parts = file.split('/');
    const module = parts[0] === 'modules' ? parts[1]! : parts[0]!;
    byModule.set(module, [...(byModule.get(module) ?? []), file]);
  }
  return byModule;
}

/** The parameter names of a function as written (a destructured parameter reads `{}` or `[]`). */
function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const source = String(fn).replace(/^async\s*/, '');
  const list = source.startsWith('(') ? source.slice(1, matchingParen(source)) : source.split('=>')[0]!;
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if ('([{'.includes(char)) depth++;
    if (')]}'.includes(char)) depth--;
    if (char === ',' && depth === 0) {
      names.push(current);
      current = '';
    } else current += char;
  }
  if (current.trim()) names.push(current);
  return names.map((name) => name.trim()).map((name) => (name.startsWith('{') ? '{}' : name.startsWith('[') ? '[]' : name.split('=')[0]!.trim()));
}

function matchingParen(source: string): number {
  let depth = 0;
  for (let at = 0; at < source.length; at++) {
    if (source[at] === '(') depth++;
    if (source[at] === ')' && --depth === 0) return at;
  }
  return source.length;
}

/** A keyword opening a clause, after the whitespace before it. */
const CLAUSE = /^\s+(?=(?:from|where|(?:inner|left|right|full|cross) join|group by|having|order by|limit|offset|union(?: all)?|values|returning|on conflict|set|for (?:update|share))\b)/i;

/** One clause per line: a line break before each keyword that opens a clause of the statement (not of a subquery, not in quotes). */
function layout(text: string): string {
  let out = '';
  let depth = 0;
  let quote: string | null = null;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (depth === 0 && /\s/.test(char)) {
      const clause = CLAUSE.exec(text.slice(at));
      if (clause) {
        out += '\n  ';
        at += clause[0].length - 1;
        continue;
      }
    }
    out += char;
  }
  return out;
}

async function render(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [module, repoFiles] of repositoryFiles()) {
    const sections: string[] = [`-- The SQL of the ${module} repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.`];
    for (const file of repoFiles) {
      const exports = (await import(pathToFileURL(join(SERVER, file)).href)) as Record<string, unknown>;
      for (const [name, repo] of Object.entries(exports).sort(([a], [b]) => a.localeCompare(b))) {
        if (!name.endsWith('Repo') || typeof repo !== 'object' || repo === null) continue;
        for (const [method, fn] of Object.entries(repo as Record<string, unknown>)) {
          if (typeof fn !== 'function') continue;
          const call = representativeCalls[name]?.[method];
          const args = call ? call(recorder) : parameterNames(fn as (...args: never[]) => unknown).map((param) => (param === 'ex' ? recorder : sampleArgument(param)));
          recorded = [];
          let failure: string | undefined;
          try {
            await (fn as (...args: unknown[]) => unknown)(...args);
          } catch (error) {
            failure = error instanceof Error ? error.message.split('\n')[0] : String(error);
          }
          const heading = `-- ${name}.${method} (${relative(ROOT, join(SERVER, file))})`;
          if (failure && recorded.length === 0) sections.push(`${heading}\n-- no representative call yet: ${failure}`);
          else if (recorded.length === 0) sections.push(`${heading}\n-- sends no SQL for this call`);
          else sections.push(`${heading}\n${recorded.map((text) => `${layout(text)};`).join('\n')}`);
        }
      }
    }
    files.set(`${module}.sql`, `${sections.join('\n\n')}\n`);
  }
  return files;
}

const rendered = await render();
if (check) {
  const stale = [...rendered].filter(([file, text]) => !existsSync(join(OUT, file)) || readFileSync(join(OUT, file), 'utf8') !== text).map(([file]) => file);
  const extra = existsSync(OUT) ? readdirSync(OUT).filter((file) => file.endsWith('.sql') && !rendered.has(file)) : [];
  if (stale.length + extra.length > 0) {
    console.error(`The checked-in SQL differs from what the repositories render now: ${[...stale, ...extra].map((file) => `sql/${file}`).join(', ')}.`);
    for (const file of stale) {
      const before = existsSync(join(OUT, file)) ? readFileSync(join(OUT, file), 'utf8').split('\n') : [];
      const after = rendered.get(file)!.split('\n');
      const gone = before.filter((line) => !after.includes(line)).map((line) => `- ${line}`);
      const added = after.filter((line) => !before.includes(line)).map((line) => `+ ${line}`);
      console.error(`\nsql/${file}:\n${[...gone, ...added].slice(0, 20).join('\n')}`);
    }
    console.error('Run `npm run sql:snapshot` and commit sql/ with the change, so the review shows the queries.');
    process.exit(1);
  }
  console.log(`sql/ matches the repositories (${rendered.size} files)`);
} else {
  mkdirSync(OUT, { recursive: true });
  for (const file of readdirSync(OUT)) if (file.endsWith('.sql') && !rendered.has(file)) rmSync(join(OUT, file));
  for (const [file, text] of rendered) writeFileSync(join(OUT, file), text);
  console.log(`Wrote ${rendered.size} files to ${relative(ROOT, OUT)}/`);
}
