import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./data relative to where the command was typed', () => {
    const config = loadConfig({ INIT_CWD: '/srv/kith' });
    expect(config.database).toEqual({ kind: 'pglite', dataDir: path.resolve('/srv/kith/data') });
    expect(config.port).toBe(3000);
    expect(config.demoData).toBe(true);
  });

  it('switches to PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://kith@db:5432/kith' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://kith@db:5432/kith',
    });
  });

  it('never loads demo data in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demoData).toBe(false);
  });

  it('names every bad variable', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/);
  });
});
