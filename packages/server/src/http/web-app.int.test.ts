import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/test-app.ts';
import type { KithApp } from '../app.ts';

const INDEX_HTML = `<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head><body>${'<div></div>'.repeat(200)}</body></html>`;
const APP_JS = `export function greet(name) { return "hello " + name; }\n`.repeat(100);
const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg">${'<rect/>'.repeat(10)}</svg>`;

/** A built web app as the Vite build leaves it: originals with .br and .gz beside them. */
function writeDist(dist: string): void {
  const write = (name: string, text: string, precompress: boolean) => {
    const file = path.join(dist, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    if (!precompress) return;
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(text));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(text));
  };
  write('index.html', INDEX_HTML, true);
  write('assets/app-abc123.js', APP_JS, true);
  write('icon.svg', ICON_SVG, false);
}

describe('web app delivery', () => {
  let app: KithApp;
  let dist: string;

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'kith-web-dist-'));
    writeDist(dist);
    app = await buildTestApp({ KITH_WEB_DIST: dist });
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it('sends the brotli copy of a hashed asset to a browser that accepts br, immutable for a year', async () => {
    const response = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(response.rawPayload).toString()).toBe(APP_JS);
  });

  it('sends the gzip copy when the browser accepts only gzip', async () => {
    const response = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.gunzipSync(response.rawPayload).toString()).toBe(APP_JS);
  });

  it('sends the original when the browser accepts no encoding, still varying on it', async () => {
    const response = await get('/assets/app-abc123.js', { 'accept-encoding': 'identity' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body).toBe(APP_JS);
  });

  it('sends index.html compressed with no-cache, with the CSP', async () => {
    const response = await get('/', { accept: 'text/html', 'accept-encoding': 'br' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(zlib.brotliDecompressSync(response.rawPayload).toString()).toBe(INDEX_HTML);
  });

  it('falls back to index.html for a client route, compressed and no-cache', async () => {
    const response = await get('/referrals/123', { accept: 'text/html', 'accept-encoding': 'gzip' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(zlib.gunzipSync(response.rawPayload).toString()).toBe(INDEX_HTML);
  });

  it('falls back to the plain index.html for a client route without an accepted encoding', async () => {
    const response = await get('/referrals/123', { accept: 'text/html' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(INDEX_HTML);
  });

  it('revalidates files outside assets/, whose names do not change between builds', async () => {
    const response = await get('/icon.svg', { 'accept-encoding': 'br, gzip' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(ICON_SVG);
  });

  it('keeps the JSON 404 for API paths and for missing assets', async () => {
    for (const [url, accept] of [
      ['/api/nothing-here', 'text/html'],
      ['/assets/missing-123.js', '*/*'],
    ] as const) {
      const response = await get(url, { accept, 'accept-encoding': 'br, gzip' });
      expect(response.statusCode).toBe(404);
      expect(response.json().error).toBe('not_found');
    }
  });
});
