import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('defaults to the embedded database in ./.data and port 8080', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'pglite', dataDir: './.data' });
    expect(config.port).toBe(8080);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('uses the PostgreSQL server of DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/p' }).database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/p' });
  });

  it('reports every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REDIS_URL: 'http://r', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'LOG_LEVEL']) expect(problems).toContain(name);
  });

  it('trusts no proxy unless TRUST_PROXY lists them (addresses and CIDR ranges)', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '' }).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.5, 172.16.0.0/12 ,fd00::/8,::1' }).trustProxy).toEqual(['10.0.0.5', '172.16.0.0/12', 'fd00::/8', '::1']);
    for (const bad of ['1', 'true', 'proxy.example', '10.0.0.0/33', '10.0.0.5,,nope']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
    }
  });

  it('requires a database server in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL: is required in production/);
  });

  it('requires the public address in production, where links (invitations) must not come from a request', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db/p' })).toThrow(/PUBLIC_URL: is required in production/);
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db/p', PUBLIC_URL: 'https://pactesur.example.org' }).publicUrl).toBe(
      'https://pactesur.example.org',
    );
    expect(loadConfig({ NODE_ENV: 'development' }).publicUrl).toBeNull();
  });
});
