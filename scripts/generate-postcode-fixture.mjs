#!/usr/bin/env node
// Writes packages/server/fixtures/postcodes-demo.csv: invented postcode centroids for the demo
// area "Brightwater" (postcode area BW, which is not a real UK postcode area), in the ONS
// Postcode Directory CSV layout (pcd, pcd2, pcds, … lat, long). Deterministic: the same file
// every run. Real deployments load the ONS Postcode Directory with `kith import-postcodes`.
import fs from 'node:fs';
import path from 'node:path';

const CENTRE = { lat: 52.6, lon: -1.9 };
const UNITS = ['AA', 'AB', 'BD', 'CD', 'EF', 'GH'];
const KM_PER_DEGREE_LAT = 111.32;
const kmPerDegreeLon = KM_PER_DEGREE_LAT * Math.cos((CENTRE.lat * Math.PI) / 180);

// A small linear congruential generator so the fixture never changes between runs.
let seed = 20261123;
function random() {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 4294967296;
}

const rows = [['pcd', 'pcd2', 'pcds', 'dointr', 'doterm', 'lat', 'long']];
for (let district = 1; district <= 9; district++) {
  // Districts sit on a 3 x 3 grid about 4 km apart; sectors and units scatter within 1.5 km.
  const dx = ((district - 1) % 3) * 4 - 4;
  const dy = Math.floor((district - 1) / 3) * 4 - 4;
  for (let sector = 1; sector <= 4; sector++) {
    for (const unit of UNITS) {
      const east = dx + (random() - 0.5) * 3;
      const north = dy + (random() - 0.5) * 3;
      const lat = (CENTRE.lat + north / KM_PER_DEGREE_LAT).toFixed(6);
      const lon = (CENTRE.lon + east / kmPerDegreeLon).toFixed(6);
      const outward = `BW${district}`;
      const inward = `${sector}${unit}`;
      rows.push([
        `${outward.padEnd(4)}${inward}`,
        `${outward.padEnd(5)}${inward}`,
        `${outward} ${inward}`,
        '202001',
        '',
        lat,
        lon,
      ]);
    }
  }
}
const target = path.resolve(import.meta.dirname, '../packages/server/fixtures/postcodes-demo.csv');
fs.writeFileSync(target, `${rows.map((r) => r.map((v) => `"${v}"`).join(',')).join('\n')}\n`);
process.stdout.write(`Wrote ${rows.length - 1} postcodes to ${path.relative(process.cwd(), target)}\n`);
