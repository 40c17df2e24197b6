import type { Command } from 'commander';
import type { CityProfile, Finding } from '@pactesur/cap';
import type { FeedValidation, LoadResult } from '@pactesur/cap/node';
import { CliError } from '../cli-error.ts';

const LEVEL_ORDER = { error: 0, warning: 1, recommendation: 2 } as const;

/** `--profile fr-FR,en-GB,it-IT`: the city profile with the languages the city publishes in. */
export function parseProfileLanguages(value: string): string[] {
  const languages = value
    .split(',')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (languages.length === 0 || languages.some((l) => !/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(l))) {
    throw new CliError(
      `--profile expects language tags separated by commas, such as fr-FR,en-GB,it-IT (got ${JSON.stringify(value.slice(0, 100))})`,
      2,
    );
  }
  return languages;
}

/** The document a command names, or a CLI error (exit code 1) saying why it cannot be had. */
function loaded(r: LoadResult): Uint8Array {
  if (r.ok) return r.bytes;
  throw new CliError(r.message, 1);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** How many findings of each level, for a summary line. */
function tally(findings: readonly Finding[]): string {
  const count = (level: Finding['level']): number => findings.filter((f) => f.level === level).length;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('recommendation'), 'recommendation')}`;
}

/** Findings as aligned lines, errors first, each in document order. */
export function formatFindings(findings: readonly Finding[], indent = '  '): string {
  const sorted = [...findings].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  const width = (key: 'level' | 'code'): number => Math.max(0, ...sorted.map((f) => f[key].length));
  return sorted
    .map(
      (f) =>
        `${indent}${f.level.padEnd(width('level'))}  ${f.code.padEnd(width('code'))}  ${f.path}  ${f.message}\n`,
    )
    .join('');
}

/** Only the four documented keys of a finding, whatever else a finding object carries. */
const plain = (f: Finding): Finding => ({ code: f.code, level: f.level, path: f.path, message: f.message });

/** A feed's validation as readable text. */
export function formatFeed(name: string, r: FeedValidation): string {
  const invalid = r.entries.filter((e) => !e.valid).length;
  let out = `${name}: ${r.valid ? 'valid' : 'not valid'} (${r.entries.length} ${r.entries.length === 1 ? 'entry' : 'entries'}, ${invalid} not valid)\n`;
  out += formatFindings(r.findings);
  for (const e of r.entries) {
    out += `entry ${e.id ?? '(no id)'}${e.link !== null && e.link !== e.id ? ` → ${e.link}` : ''}: ${e.valid ? 'valid' : 'not valid'} (${tally(e.findings)})\n`;
    out += formatFindings(e.findings, '    ');
  }
  return out;
}

/** `pactesur cap …`: OASIS CAP 1.2 alert messages (ALERTS.md). */
export function registerCap(program: Command): void {
  const cap = program
    .command('cap')
    .description(
      'OASIS CAP 1.2 alert messages: validation against the XSD, the rules beyond it and the city profile (ALERTS.md)',
    );

  cap
    .command('validate')
    .description('validate a CAP 1.2 message; exit code 1 when it has an error')
    .argument('<file>', 'a CAP message (XML, UTF-8)')
    .option('--json', 'print one JSON object {"valid", "findings": [{"code", "level", "path", "message"}]}')
    .option(
      '--profile <languages>',
      'apply the city profile, the city publishing in these languages (e.g. fr-FR,en-GB,it-IT)',
    )
    .action(async (file: string, options: { json?: boolean; profile?: string }) => {
      const profile: CityProfile | undefined =
        options.profile === undefined ? undefined : await cityProfile(options.profile);
      const { loadFile, validateCap } = await import('@pactesur/cap/node');
      const bytes = loaded(await loadFile(file));
      const r = await validateCap(bytes, profile ? { profile } : {});
      const findings = r.findings.map(plain);
      process.stdout.write(
        options.json
          ? `${JSON.stringify({ valid: r.valid, findings })}\n`
          : `${file}: ${r.valid ? 'valid' : 'not valid'} CAP 1.2 (${tally(findings)})\n${formatFindings(findings)}`,
      );
      if (!r.valid) throw new CliError(`${file} is not a valid CAP 1.2 message`, 1);
    });

  cap
    .command('feed')
    .description(
      "validate an Atom feed of alerts and each entry's CAP message; exit code 1 when any has an error",
    )
    .argument(
      '<feed>',
      'an Atom feed: a file (entries may link messages by paths relative to it) or an http(s) address',
    )
    .option(
      '--json',
      'print one JSON object {"valid", "entries": [{"id", "link", "valid", "findings"}], "findings"}',
    )
    .option(
      '--profile <languages>',
      "apply the city profile to every entry's message (e.g. fr-FR,en-GB,it-IT)",
    )
    .action(async (feed: string, options: { json?: boolean; profile?: string }) => {
      const profile: CityProfile | undefined =
        options.profile === undefined ? undefined : await cityProfile(options.profile);
      const { loadDocument, validateFeed } = await import('@pactesur/cap/node');
      const bytes = loaded(await loadDocument(feed));
      const r = await validateFeed(bytes, feed, profile ? { semantics: { profile } } : {});
      const entries = r.entries.map((e) => ({
        id: e.id,
        link: e.link,
        valid: e.valid,
        findings: e.findings.map(plain),
      }));
      process.stdout.write(
        options.json
          ? `${JSON.stringify({ valid: r.valid, entries, findings: r.findings.map(plain) })}\n`
          : formatFeed(feed, r),
      );
      if (!r.valid) throw new CliError(`${feed}: the feed or some of its messages are not valid`, 1);
    });
}

async function cityProfile(languages: string): Promise<CityProfile> {
  const { PACTESUR_PROFILE_CODE } = await import('@pactesur/cap');
  return { code: PACTESUR_PROFILE_CODE, languages: parseProfileLanguages(languages) };
}
