import type { Bilingual } from '../model/finding.js';
import { childPath } from '../tallies/json-path.js';
import { enCounts } from '../text/english-count.js';

/** Deeper than any receipt, bundle or key file nests (they nest about six levels). */
export const MAX_SIGNED_DEPTH = 64;

/**
 * Why parsed JSON has no canonical form (RFC 8785) to sign or verify, with the JSON path of the first
 * place found: nesting deeper than any signed file (a 5,000-deep array would overflow the stack of the
 * recursive canonicalizer), a number JSON cannot carry (`1e400` parses to Infinity), or a string with a
 * lone surrogate. Null when it has one. Walks without recursion, so the check itself cannot overflow.
 */
export function canonicalProblem(
  value: unknown,
  root = '$',
): { readonly path: string; readonly message: Bilingual } | null {
  const stack: { value: unknown; path: () => string; depth: number }[] = [
    { value, path: () => root, depth: 0 },
  ];
  while (stack.length > 0) {
    const { value: item, path, depth } = stack.pop()!;
    if (typeof item === 'number' && !Number.isFinite(item))
      return {
        path: path(),
        message: {
          zh: '数字超出 JSON 能精确表示的范围（例如 1e400）',
          en: 'a number beyond what JSON can represent (such as 1e400)',
        },
      };
    if (typeof item === 'string' && hasLoneSurrogate(item))
      return {
        path: path(),
        message: {
          zh: '字符串含有孤立代理项，无法规范化',
          en: 'a string holds a lone surrogate and cannot be canonicalized',
        },
      };
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= MAX_SIGNED_DEPTH)
      return {
        path: path(),
        message: {
          zh: `嵌套超过 ${MAX_SIGNED_DEPTH} 层，不是回执、回执合集或密钥文件`,
          en: enCounts`nested more than ${MAX_SIGNED_DEPTH} levels deep: not a receipt, bundle or key file`,
        },
      };
    const entries = Array.isArray(item)
      ? item.map((child, index) => [index, child] as const)
      : Object.entries(item).map(([key, child]) => [key, child] as const);
    for (const [key, child] of entries.reverse()) {
      if (typeof key === 'string' && hasLoneSurrogate(key))
        return {
          path: path(),
          message: {
            zh: '键含有孤立代理项，无法规范化',
            en: 'a key holds a lone surrogate and cannot be canonicalized',
          },
        };
      stack.push({ value: child, path: () => childPath(path(), key), depth: depth + 1 });
    }
  }
  return null;
}

function hasLoneSurrogate(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(at + 1);
      if (next >= 0xdc00 && next <= 0xdfff) at++;
      else return true;
    } else if (code >= 0xdc00 && code <= 0xdfff) return true;
  }
  return false;
}
