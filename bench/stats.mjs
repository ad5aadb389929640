// Shared by the bench scripts.

/** The median of `xs` (the upper middle one for an even count; 0 for none); `xs` is not changed. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}
