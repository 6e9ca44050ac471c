import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, tileImageSource } from './config.ts';

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

  it('links email to where Kith listens unless KITH_PUBLIC_URL says otherwise', () => {
    expect(loadConfig({}).email.publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).email.publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PORT: '8080', HOST: '::' }).email.publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PORT: '4000', HOST: 'kith.local' }).email.publicUrl).toBe('http://kith.local:4000');
    expect(loadConfig({ PORT: '4000', HOST: '::1' }).email.publicUrl).toBe('http://[::1]:4000');
    expect(loadConfig({ PORT: '8080', KITH_PUBLIC_URL: 'https://kith.example.nhs.uk/' }).email.publicUrl).toBe(
      'https://kith.example.nhs.uk',
    );
  });

  it('reads MESH settings: off by default; the mailbox, password and key named when a URL comes without them', () => {
    const off = loadConfig({});
    expect(off.mesh).toMatchObject({ url: null, workflowId: 'GPFED_CONSULT_REPORT', pollSeconds: 300 });
    const on = loadConfig({
      INIT_CWD: '/srv/kith',
      KITH_MESH_URL: 'https://mesh.example.nhs.uk/',
      KITH_MESH_MAILBOX_ID: 'x26ot001',
      KITH_MESH_PASSWORD: 'secret',
      KITH_MESH_SHARED_KEY: 'shared',
      KITH_MESH_CLIENT_CERT: 'certs/client.pem',
      KITH_MESH_CLIENT_KEY: 'certs/client.key',
    });
    expect(on.mesh).toMatchObject({
      url: 'https://mesh.example.nhs.uk',
      mailboxId: 'X26OT001',
      clientCertPath: path.resolve('/srv/kith/certs/client.pem'),
      clientKeyPath: path.resolve('/srv/kith/certs/client.key'),
      caCertPath: null,
    });
    expect(() => loadConfig({ KITH_MESH_URL: 'https://mesh.example.nhs.uk' })).toThrow(
      /KITH_MESH_MAILBOX_ID: required[\s\S]*KITH_MESH_PASSWORD: required[\s\S]*KITH_MESH_SHARED_KEY: required/,
    );
    expect(() =>
      loadConfig({
        KITH_MESH_URL: 'https://mesh.example.nhs.uk',
        KITH_MESH_MAILBOX_ID: 'X26OT001',
        KITH_MESH_PASSWORD: 'secret',
        KITH_MESH_SHARED_KEY: 'shared',
        KITH_MESH_CLIENT_CERT: 'certs/client.pem',
      }),
    ).toThrow(/KITH_MESH_CLIENT_CERT and KITH_MESH_CLIENT_KEY/);
    expect(() => loadConfig({ KITH_MESH_WORKFLOW_ID: 'not a workflow' })).toThrow(ConfigError);
  });

  it('names every bad variable', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/);
  });

  it('reads the sign-in throttling settings and refuses the retired lock-out ones by name', () => {
    expect(loadConfig({ KITH_SIGN_IN_FREE_FAILURES: '5', KITH_SIGN_IN_ACCOUNT_DELAY_SECONDS: '60' }).signIn).toEqual({
      freeFailures: 5,
      maxDelayMinutes: 15,
      accountFailures: 10,
      accountWindowMinutes: 15,
      accountDelaySeconds: 60,
    });
    expect(() => loadConfig({ KITH_SIGN_IN_MAX_FAILURES: '5' })).toThrow(/KITH_SIGN_IN_MAX_FAILURES: no longer used/);
    expect(() => loadConfig({ KITH_SIGN_IN_LOCK_MINUTES: '15' })).toThrow(/KITH_SIGN_IN_MAX_DELAY_MINUTES/);
  });

  it('reads map tiles as an https template, and gives the image origin the CSP must allow', () => {
    expect(loadConfig({}).directory.mapTiles).toBeNull();
    const tiles = loadConfig({
      KITH_MAP_TILE_URL: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png',
      KITH_MAP_ATTRIBUTION: 'Map data: Example contributors',
    }).directory.mapTiles;
    expect(tiles).toEqual({
      urlTemplate: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png',
      attribution: 'Map data: Example contributors',
    });
    expect(tiles && tileImageSource(tiles)).toBe('https://*.tiles.example.org');
    expect(tileImageSource({ urlTemplate: 'https://maps.example.org:8443/t/{z}/{x}/{y}', attribution: '' })).toBe(
      'https://maps.example.org:8443',
    );
    expect(() => loadConfig({ KITH_MAP_TILE_URL: 'http://tiles.example.org/{z}/{x}/{y}.png' })).toThrow(/KITH_MAP_TILE_URL/);
    expect(() => loadConfig({ KITH_MAP_TILE_URL: 'https://tiles.example.org/tile.png' })).toThrow(/KITH_MAP_TILE_URL/);
  });
});

describe('loadConfig: metrics', () => {
  it('is off unless a token or a port is set', () => {
    expect(loadConfig({}).metrics).toEqual({ token: null, port: null });
    const token = 'a'.repeat(32);
    expect(loadConfig({ KITH_METRICS_TOKEN: token, KITH_METRICS_PORT: '9464' }).metrics).toEqual({ token, port: 9464 });
  });

  it("refuses a short or malformed token and a port that is not a port or is Kith's own", () => {
    expect(() => loadConfig({ KITH_METRICS_TOKEN: 'short' })).toThrow(/KITH_METRICS_TOKEN/);
    expect(() => loadConfig({ KITH_METRICS_TOKEN: `${'a'.repeat(30)} b` })).toThrow(/KITH_METRICS_TOKEN/);
    expect(() => loadConfig({ KITH_METRICS_PORT: '70000' })).toThrow(/KITH_METRICS_PORT/);
    expect(() => loadConfig({ KITH_METRICS_PORT: '3000' })).toThrow(/KITH_METRICS_PORT: must differ from PORT/);
    expect(() => loadConfig({ PORT: '8080', KITH_METRICS_PORT: '8080' })).toThrow(ConfigError);
  });
});
