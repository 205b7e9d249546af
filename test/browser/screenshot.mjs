// Renders the HTML report of samples/sample-city in Debian's headless Chromium and saves a
// screenshot, to look at the page as a reader's browser draws it (Japanese fonts, the
// coloured matrix, excerpts). Not part of CI: it needs a browser, and a person to look.
//
//   npm run build && npm run test:browser [-- en]
//
// It reads the built library (dist/), so build first. The language is ja unless given.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sample = join(root, 'samples', 'sample-city');
const lang = process.argv[2] === 'en' ? 'en' : 'ja';

if (!existsSync(CHROMIUM)) {
  process.stderr.write(`${CHROMIUM} not found. Install Debian's Chromium, then run this again:\n  apt-get install -y chromium\n`);
  process.exit(1);
}
const dist = (path) => pathToFileURL(join(root, 'dist', 'src', path)).href;
if (!existsSync(join(root, 'dist', 'src', 'report', 'html', 'html-report.js'))) {
  process.stderr.write('dist/ has no HTML report: run `npm run build` first.\n');
  process.exit(1);
}

const { loadSnapshot } = await import(dist('snapshot/load-snapshot.js'));
const { audit } = await import(dist('audit/audit.js'));
const { buildReport } = await import(dist('report/report-document.js'));
const { readExcerpts } = await import(dist('report/excerpts.js'));
const { renderHtml } = await import(dist('report/html/html-report.js'));

const snapshot = loadSnapshot(sample);
const doc = buildReport(audit(snapshot, { today: '2026-06-01' }), lang);
const html = renderHtml(doc, 'samples/sample-city', lang, readExcerpts(snapshot, doc.findings));

const out = mkdtempSync(join(tmpdir(), 'sansou-browser-'));
const page = join(out, `sample-city-${lang}.html`);
const png = join(out, `sample-city-${lang}.png`);
writeFileSync(page, html);
execFileSync(
  CHROMIUM,
  ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--disable-background-networking', `--screenshot=${png}`, '--window-size=1280,2400', pathToFileURL(page).href],
  { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 },
);
if (!existsSync(png)) {
  process.stderr.write(`Chromium wrote no screenshot (${png}).\n`);
  process.exit(1);
}
process.stdout.write(`HTML report: ${page}\nScreenshot:  ${png}\n`);
if (!hasJapaneseFont()) {
  process.stdout.write('Note: no Japanese font is installed, so Japanese text shows as boxes. For a faithful picture:\n  apt-get install -y fonts-noto-cjk\n');
}

/** Whether fontconfig knows a font with Japanese glyphs (the page names system fonts only). */
function hasJapaneseFont() {
  try {
    return execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return true; // No fontconfig to ask: say nothing rather than guess.
  }
}
