// Share links: the snippet and its policy, deflated and base64url-encoded into the URL
// hash (`#s=...`), so a link restores both without any server.

const PREFIX = 's=';

async function pipe(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes) {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const b64 = text.replaceAll('-', '+').replaceAll('_', '/');
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

/** The hash that restores `state` ({code, policy, example}). */
export async function encodeShare(state) {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return `#${PREFIX}${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
}

/** The state in `hash`, or null when it holds none (or is damaged). */
export async function decodeShare(hash) {
  const body = hash.replace(/^#/, '');
  if (!body.startsWith(PREFIX)) return null;
  try {
    const bytes = await pipe(fromBase64Url(body.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
    const state = JSON.parse(new TextDecoder().decode(bytes));
    return typeof state?.code === 'string' && typeof state?.policy === 'object' ? state : null;
  } catch {
    return null;
  }
}
