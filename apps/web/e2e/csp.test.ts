import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun, loadedMap } from './scenario.ts';

const run = new BrowserRun();

beforeAll(() => run.start());

afterAll(() => run.finish());

describe('the content security policy in Chromium', () => {
  it('lets the app, its map (workers, images, glyphs) and the live channel run without one violation', async () => {
    const { page } = await run.tab({ watchConsole: true });
    // Every violation of the policy, from the first script on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(
          `${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        ),
      );
    });
    const first = await page.goto('/');
    expect(first?.headers()['content-security-policy']).toContain("script-src 'self'");

    await signIn(page, 'admin@nice.example.org', '/networks/pactesur-2');
    const map = loadedMap(page, 'network-map');
    await map.waitFor({ timeout: 30_000 });
    await expect.poll(() => map.getAttribute('data-rendered-points'), { timeout: 15_000 }).toBe('17');
    await expect
      .poll(() => map.getAttribute('data-rendered-basemap').then(Number), { timeout: 15_000 })
      .toBeGreaterThan(10);
    const canvas = await map.locator('canvas.maplibregl-canvas').boundingBox();
    expect(canvas?.width).toBeGreaterThan(300);
    expect(canvas?.height).toBeGreaterThan(300);

    // The live channel is a same-origin WebSocket: `connect-src 'self'` must let it open.
    const socket = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/api/realtime`);
          ws.onopen = () => {
            ws.close();
            resolve('open');
          };
          ws.onerror = () => resolve('error');
        }),
    );
    expect(socket).toBe('open');

    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
  });
});
