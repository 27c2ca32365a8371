// Renders BPMN files to PNG with bpmn-js in headless Chromium (Debian's /usr/bin/chromium).
// Usage: node render.js <out-dir> <file.bpmn>...   (from the repository root: see README.md)
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

(async () => {
  const [outDir, ...files] = process.argv.slice(2);
  const viewer = fs.readFileSync(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
  const assets = path.dirname(require.resolve('bpmn-js/dist/assets/bpmn-js.css'));
  const css = ['diagram-js.css', 'bpmn-js.css'].map(f => fs.readFileSync(path.join(assets, f), 'utf8')).join('\n');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  for (const file of files) {
    const xml = fs.readFileSync(file, 'utf8');
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 });
    await page.setContent(`<html><head><style>${css} html,body{margin:0;background:#fff}
      #c{width:100%;height:100%}</style></head><body><div id="c"></div></body></html>`);
    await page.addScriptTag({ content: viewer });
    const box = await page.evaluate(async (xml) => {
      const v = new BpmnJS({ container: '#c' });
      await v.importXML(xml);
      const inner = v.get('canvas').viewbox().inner;
      return { w: Math.ceil(inner.width + inner.x + 40), h: Math.ceil(inner.height + inner.y + 40) };
    }, xml);
    await page.setViewportSize({ width: box.w, height: box.h });
    await page.evaluate(() => {
      document.querySelector('#c').style.height = window.innerHeight + 'px';
    });
    await page.waitForTimeout(300);
    const out = path.join(outDir, path.basename(file).replace(/\.bpmn$/, '.png'));
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width: box.w, height: box.h } });
    console.log('rendered', out, box.w + 'x' + box.h);
    await page.close();
  }
  await browser.close();
})();
