import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The system Chromium, headless, with software WebGL so MapLibre renders without a GPU. Never downloads a browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

export interface Tab {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught errors of the page's scripts: a test expects none. */
  readonly pageErrors: string[];
}

/** A fresh browser context (own cookies) in English with one page. */
export async function openTab(browser: Browser, baseURL: string, locale = 'en-GB'): Promise<Tab> {
  const context = await browser.newContext({ baseURL, locale, viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page, pageErrors };
}

export const DEMO_PASSWORD = 'pactesur-demo';

/** Signs in on the sign-in screen shown for any page while signed out. */
export async function signIn(page: Page, email: string, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('user-name').waitFor();
}
