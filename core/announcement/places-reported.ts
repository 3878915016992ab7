/**
 * The words by which a text says it reports more than one village or community (`Two villages of Shuanghe
 * township`, `Dongwan Village … Xiwan Village`, `东湾村登记选民1630人。西湾村另行选举…`): a count stated of
 * one of them is then no base for another's figures unless the text ties it to that place. Chinese: two
 * or more villages or communities, each opening a sentence or line under a name of its own; English: a
 * number of villages or communities (`two villages`, `both communities`), or two named `X Village`, `X
 * Community`. Undefined otherwise.
 */
export function placesReportedWords(text: string): string | undefined {
  const english = SEVERAL_PLACES.exec(text)?.[0];
  if (english !== undefined) return english;
  const named = distinctNames(text, NAMED_PLACE_EN, (name) => name.toLowerCase());
  if (named.length >= 2) return named.slice(0, 2).join(', ');
  const chinese = distinctNames(text, OPENING_PLACE_ZH, (name) => name).filter(
    (name) => !NOT_A_NAME_ZH.test(name),
  );
  return chinese.length >= 2 ? chinese.slice(0, 2).join('、') : undefined;
}

function distinctNames(text: string, pattern: RegExp, key: (name: string) => string): string[] {
  const names = new Map<string, string>();
  for (const match of text.matchAll(pattern)) {
    const name = match[1];
    if (name !== undefined && !names.has(key(name))) names.set(key(name), name);
  }
  return [...names.values()];
}

/** `two villages`, `three of the communities`, `both villages`, `several neighbouring villages`. */
const SEVERAL_PLACES =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|both)[^\S\n]+(?:of[^\S\n]+(?:the|its)[^\S\n]+)?(?:[a-z]+[^\S\n]+)?(?:villages|communities)\b/i;

/** A named village or community in English (`Dongwan Village`, `Huayuan Community`). */
const NAMED_PLACE_EN = /\b([A-Z][a-z'’-]+(?:[^\S\n]+[A-Z][a-z'’-]+){0,2})[^\S\n]+(?:Village|Community)\b/g;

/**
 * A village or community opening a sentence or line (`东湾村登记选民…`, `西湾村另行选举`), not a villagers'
 * committee (`村民委员会`) nor the villagers (`村民`).
 */
const OPENING_PLACE_ZH =
  /(?:^|[。；！？\n])[^\S\n]*(?:[一二三四五六七八九十\d]+[、.．][^\S\n]*)?([\u4e00-\u9fff]{1,4}?(?:村|社区))(?![民委])/gu;

/** Words before 村 or 社区 that name no place of its own (本村, 该社区, 全镇各村, 邻村, 两个村, 部分村). */
const NOT_A_NAME_ZH = /^(?:本|该|我|此|邻|这|那|其|部分|有的)|[全各每个些多两]/u;
