import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await b.newPage();
for (const q of process.argv.slice(2)) {
  await p.goto(`http://localhost:4403/search/?q=${encodeURIComponent(q)}`);
  await p.waitForTimeout(1500);
  const hits = await p.locator('.search-result').evaluateAll((items) => items.slice(0, 12).map((li) => `${li.querySelector('.search-result__type')?.textContent} ${li.querySelector('h2 a')?.getAttribute('href')} | ${li.querySelector('.search-result__excerpt')?.textContent?.slice(0, 100)}`));
  console.log('==', q); console.log(hits.join('\n'));
}
await b.close();
