// The interface's words, read from each language's one module (src/i18n/vi.rs, en.rs): the
// one-line `pub const NAME: &str = "…";` strings, and every word of its string literals. Tests
// find controls by these, so they follow the translation.
import { readFileSync } from 'node:fs';

/** `{ strings, words }` of the language `code` ("vi" or "en"). */
export function language(code) {
  const source = readFileSync(new URL(`../../src/i18n/${code}.rs`, import.meta.url), 'utf8');
  const strings = {};
  for (const [, name, text] of source.matchAll(/^pub const ([A-Z0-9_]+): &str =\s*"((?:[^"\\]|\\.)*)";/gm)) strings[name] = text;
  const words = new Set();
  for (const [, text] of source.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(w);
  }
  return { strings, words };
}

/** A built-in task's title as the interface shows it: Vietnamese from
 * src/templates/checklist.rs, English from src/templates/checklist_en.rs. */
export function taskTitle(code, key) {
  const file = code === 'en' ? 'checklist_en.rs' : 'checklist.rs';
  const source = readFileSync(new URL(`../../src/templates/${file}`, import.meta.url), 'utf8');
  const at = source.indexOf(`"${key}"`);
  if (at < 0) throw new Error(`no task ${key} in ${file}`);
  // The first string after the key is the title, in both files.
  const pattern = /"((?:[^"\\]|\\.)*)"/g;
  pattern.lastIndex = at + key.length + 2;
  const found = pattern.exec(source);
  if (!found) throw new Error(`no title for ${key} in ${file}`);
  return found[1];
}
