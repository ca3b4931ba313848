// A picture of what the simulated screens show: red LED text on black with a dot-matrix grille, one
// row per screen, as SVG (the sim page shows it; tests turn it into a PNG in Chromium). A screen
// that scrolls is drawn at its true width with its full text underneath, so the picture says all.
import type { SimScreen } from './led-panel-sim';

const CELL = 16; // px per half-width cell: a hanzi is 32 × 32
const ROW = 78;

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderPanelSvg(screens: readonly SimScreen[], title = 'LED'): string {
  const width = Math.max(480, ...screens.map((s) => s.widthCells * CELL + 180));
  const height = 40 + screens.length * ROW;
  const rows = screens.map((s, i) => {
    const y = 40 + i * ROW;
    const w = s.widthCells * CELL;
    const state = !s.powered ? 'off' : s.scroll ? 'scrolling' : '';
    return `<g transform="translate(10 ${y})">
  <text x="0" y="26" class="label">${escapeXml(s.label)} #${s.address}</text>
  <svg x="150" y="0" width="${w}" height="40"><rect width="${w}" height="40" fill="#0b0b0b"/>
    <text x="2" y="32" class="led">${escapeXml(s.text)}</text><rect width="${w}" height="40" fill="url(#grille)"/></svg>
  <rect x="150" y="0" width="${w}" height="40" fill="none" stroke="#444"/>
  <text x="150" y="58" class="full">${escapeXml(state ? `[${state}] ${s.text}` : '')}</text>
</g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><pattern id="grille" width="4" height="4" patternUnits="userSpaceOnUse"><rect width="4" height="4" fill="none" stroke="#000" stroke-width="1.2"/></pattern></defs>
<style>.label{font:16px 'Noto Sans CJK SC',sans-serif;fill:#ccc}.led{font:bold 32px 'Noto Sans CJK SC',sans-serif;fill:#ff2a1a}.full{font:13px 'Noto Sans CJK SC',sans-serif;fill:#999}</style>
<rect width="100%" height="100%" fill="#222"/>
<text x="10" y="26" class="label">${escapeXml(title)}</text>
${rows.join('\n')}
</svg>`;
}

/** The screens as text lines, for logs and test output: `3号窗口 #3 | 请A001号到3号窗口 (scrolling)`. */
export function describePanel(screens: readonly SimScreen[]): string {
  return screens.map((s) => `${s.label} #${s.address} | ${s.powered ? s.text : '(off)'}${s.scroll ? '  (scrolling)' : ''}`).join('\n');
}
