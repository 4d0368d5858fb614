#!/usr/bin/env bash
# Re-create the vendored front-end files from npm.  The site itself never downloads
# anything: the output of this script is committed, and static/vendor/README.md records
# each file's package, version, licence and checksum.
#
# Usage: scripts/vendor_assets.sh            (run from the repository root; needs node + npm)
#
# Versions are pinned on purpose:
# - plotly.js 3.1.1 is the version the Python plotly 6.3.1 package embeds
#   (plotly.offline.get_plotlyjs_version()); figure dicts built in Python are
#   validated against that schema, so the browser bundle must match it.
# - The map geometry comes from the same plotly.js 3.1.1 release (dist/topojson/), which
#   is exactly what that version loads from its CDN (https://cdn.plot.ly/un/): UN
#   boundaries, 258 countries and territories, Bahrain and Singapore included at 50 m.
# - htmx 2.x (not 4.x, whose API differs).
set -euo pipefail

PLOTLY_VERSION=3.1.1
HTMX_VERSION=2.0.11
AXE_VERSION=4.11.4

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts \
  "plotly.js-geo-dist-min@${PLOTLY_VERSION}" \
  "htmx.org@${HTMX_VERSION}" \
  "axe-core@${AXE_VERSION}"
# The full plotly.js package (about 150 MB packed) is only needed for its geometry and
# locale files: fetch the tarball and extract those members instead of installing it.
npm pack --silent "plotly.js@${PLOTLY_VERSION}"
mkdir plotly
tar xzf "plotly.js-${PLOTLY_VERSION}.tgz" -C plotly \
  package/dist/topojson/world_50m.json package/dist/plotly-locale-id.js package/LICENSE

vendor="$root/static/vendor"
mkdir -p "$vendor/topojson" "$vendor/licenses" "$root/tests/vendor"

cp node_modules/plotly.js-geo-dist-min/plotly-geo.min.js "$vendor/plotly-geo.min.js"
cp plotly/package/dist/plotly-locale-id.js "$vendor/plotly-locale-id.js"
# plotly's choropleth colours only the FIRST shape with a given id, and the UN file splits
# seven countries into several shapes: South Sudan's first shape is the Ilemi triangle,
# Palestine's is Gaza (the West Bank stayed grey), Spain/Portugal/Ecuador lose their
# islands, Mauritius the Chagos.  Merge the shapes of each id into one MultiPolygon (its
# "ct" label point from the largest piece); nothing else in the file changes.
node - plotly/package/dist/topojson/world_50m.json "$vendor/topojson/world_50m.json" <<'JS'
const fs = require("fs");
const [source, target] = process.argv.slice(2);
const topo = JSON.parse(fs.readFileSync(source, "utf8"));
const [sx, sy] = topo.transform.scale;
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => [(x += dx) * sx, (y += dy) * sy]);
});
const ring = (indexes) =>
  indexes.flatMap((i) => (i >= 0 ? arcs[i] : arcs[~i].slice().reverse()));
const ringArea = (points) => {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i], [x2, y2] = points[(i + 1) % points.length];
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum / 2);
};
const polygons = (g) => (g.type === "Polygon" ? [g.arcs] : g.arcs);
const area = (g) => polygons(g).reduce((total, p) => total + ringArea(ring(p[0])), 0);
const countries = topo.objects.countries;
const merged = new Map();
for (const g of countries.geometries) {
  const group = merged.get(g.id);
  if (group) group.push(g);
  else merged.set(g.id, [g]);
}
countries.geometries = [...merged.values()].map((group) => {
  if (group.length === 1) return group[0];
  const largest = group.reduce((a, b) => (area(b) > area(a) ? b : a));
  console.log("merged " + group.length + " shapes of " + largest.id);
  return {
    type: "MultiPolygon",
    id: largest.id,
    properties: largest.properties,
    arcs: group.flatMap(polygons),
  };
});
fs.writeFileSync(target, JSON.stringify(topo));
JS
# Second pass, for the map page's weight (1.69 MB -> 0.65 MB, 500 KB -> 168 KB with
# brotli): the site's maps draw only the countries and the land, so the other layers are
# emptied (their arcs dropped), and the coordinates are requantized from a 1e6 to a 1e5
# grid (about 400 m; a pixel of the world map is about 35 km, of the regional view 8 km).
node - "$vendor/topojson/world_50m.json" "$vendor/topojson/world_50m.json" <<'JS'
// Keep what the site's maps draw (countries and land), drop the layers they never show
// (lakes, rivers, subunits, ocean, coastlines: emptied), and requantize to a 1e5 grid
// (about 400 m at the equator; a pixel of the world map is about 35 km).
const fs = require("fs");
const [source, target] = process.argv.slice(2);
const topo = JSON.parse(fs.readFileSync(source, "utf8"));
const FACTOR = 10;
const keep = ["countries", "land"];
const used = new Set();
const walk = (arcs) => {
  if (typeof arcs === "number") used.add(arcs < 0 ? ~arcs : arcs);
  else arcs.forEach(walk);
};
for (const name of keep) for (const g of topo.objects[name].geometries) if (g.arcs) walk(g.arcs);
for (const name of Object.keys(topo.objects)) {
  if (!keep.includes(name)) topo.objects[name] = { type: "GeometryCollection", geometries: [] };
}
const index = new Map();
const arcs = [];
topo.arcs.forEach((arc, i) => {
  if (!used.has(i)) return;
  let x = 0, y = 0, px = null, py = null;
  const out = [];
  for (const [dx, dy] of arc) {
    x += dx; y += dy;
    const qx = Math.round(x / FACTOR), qy = Math.round(y / FACTOR);
    if (qx === px && qy === py) continue;
    out.push([qx, qy]);
    px = qx; py = qy;
  }
  if (out.length === 1) out.push(out[0].slice());
  const delta = out.map(([qx, qy], j) => (j ? [qx - out[j - 1][0], qy - out[j - 1][1]] : [qx, qy]));
  index.set(i, arcs.length);
  arcs.push(delta);
});
const remap = (a) => (typeof a === "number" ? (a < 0 ? ~index.get(~a) : index.get(a)) : a.map(remap));
for (const name of keep) for (const g of topo.objects[name].geometries) if (g.arcs) g.arcs = remap(g.arcs);
topo.arcs = arcs;
topo.transform.scale = topo.transform.scale.map((s) => s * FACTOR);
fs.writeFileSync(target, JSON.stringify(topo));
console.log("kept " + arcs.length + " arcs of " + used.size);
JS
cp plotly/package/LICENSE "$vendor/licenses/plotly.js-LICENSE.txt"
cp node_modules/htmx.org/dist/htmx.min.js "$vendor/htmx.min.js"
cp node_modules/htmx.org/LICENSE "$vendor/licenses/htmx.org-LICENSE.txt"
cp node_modules/axe-core/axe.min.js "$root/tests/vendor/axe.min.js"
cp node_modules/axe-core/LICENSE "$root/tests/vendor/axe-core-LICENSE.txt"
cp node_modules/axe-core/LICENSE-3RD-PARTY.txt "$root/tests/vendor/axe-core-LICENSE-3RD-PARTY.txt"

# Checks: the geometry must contain Bahrain, the bundle must carry the map trace types.
node -e '
const fs = require("fs");
const topo = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const ids = new Set(topo.objects.countries.geometries.map(g => g.id));
for (const id of ["BHR", "SGP", "MLT", "MDV", "ISR", "ARE", "MAR", "SDN", "KAZ"]) {
  if (!ids.has(id)) { console.error("missing " + id); process.exit(1); }
}
console.log(ids.size + " countries and territories in world_50m.json");
' "$vendor/topojson/world_50m.json"
for trace in scatter scattergeo choropleth; do
  grep -q "moduleType:\"trace\",name:\"${trace}\"" "$vendor/plotly-geo.min.js"
done

cd "$root"
sha256sum static/vendor/*.js static/vendor/topojson/*.json tests/vendor/*.js
