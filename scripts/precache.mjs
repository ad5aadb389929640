// Trunk's post_build hook (see Trunk.toml): writes the service worker into the build with the
// list of every file of the build and a version made of their SHA-256 hashes. Any change of any
// file is a new sw.js, which is how a browser learns that the site has a new version.
// A debug build (`trunk serve`) gets the service worker without a list: it caches nothing.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
if (!staging) throw new Error('precache.mjs runs as trunk\'s post_build hook (TRUNK_STAGING_DIR)');

function walk(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

const template = fs.readFileSync(path.join(source, 'public', 'sw.js'), 'utf8');
const marker = /^const PRECACHE = null;.*$/m;
if (!marker.test(template)) throw new Error('public/sw.js has no `const PRECACHE = null;` line');

let precache = null;
if (process.env.TRUNK_PROFILE === 'release') {
  const files = walk(staging)
    .filter((name) => name !== 'sw.js')
    .sort()
    .map((name) => ({
      name,
      sha256: crypto.createHash('sha256').update(fs.readFileSync(path.join(staging, name))).digest('hex'),
    }));
  const cargo = fs.readFileSync(path.join(source, 'Cargo.toml'), 'utf8');
  const release = cargo.match(/^version = "([^"]+)"/m)[1];
  const digest = crypto.createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 12);
  precache = { version: `${release}-${digest}`, files };
}
fs.writeFileSync(
  path.join(staging, 'sw.js'),
  template.replace(marker, () => `const PRECACHE = ${JSON.stringify(precache)};`),
);
console.log(`sw.js: ${precache ? `${precache.files.length} files, version ${precache.version}` : 'debug build, no precache'}`);
