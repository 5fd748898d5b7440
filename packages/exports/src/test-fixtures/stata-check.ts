/**
 * A strict reader of Stata do-files, for tests: Stata is not available here, so the do-file the
 * Stata export writes is checked by this independent model of how Stata reads a do-file — and
 * of the few commands it may contain — instead. It shares no code with the writer.
 *
 * Reading follows Stata's order: comments are removed (`*` lines, `/* … *\/`, `//`) and `///`
 * joins lines; then macros are expanded (`\\` → `\`, `\$` → `$`, `` \` `` → `` ` ``,
 * `` `=char(N)' `` → the character; any other `$` or `` ` `` would be a macro and is an error);
 * then quotes are matched (`"…"` or compound `` `"…"' ``). It is stricter than Stata: a `/*`,
 * `*\/` or `//` anywhere but a comment is an error, even inside quotes; unknown commands, options,
 * abbreviated variable names and labels over Stata's limits are errors.
 *
 * It then runs the commands on the CSV: `import delimited` by position, `rename`, `generate`,
 * `replace`, `order`, `drop`, `mvdecode`, `label define/values/variable/data`, `format`, `char`,
 * so a test can ask what a value is and how it is labelled.
 */
import { parseCsv } from "./tools.js";

export type StataValue = string | number | null | `.${string}`;

export interface StataVariable {
  name: string;
  type: "string" | "numeric";
  label: string | null;
  valueLabel: string | null;
  format: string | null;
  chars: Map<string, string>;
  values: StataValue[];
}

export interface StataRun {
  /** Variables in dataset order. */
  variables: StataVariable[];
  valueLabels: Map<string, Map<string, string>>;
  dataLabel: string | null;
  dataChars: Map<string, string>;
  /** The commands, after comments, continuation lines and macro expansion. */
  commands: string[];
  /** The variable by exact name. */
  get(name: string): StataVariable;
  /** The value of a variable in an observation, with its value label when it has one. */
  shown(name: string, observation: number): string;
}

export class StataCheckError extends Error {}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED = new Set([
  "_all",
  "_b",
  "byte",
  "_coef",
  "_cons",
  "double",
  "float",
  "if",
  "in",
  "int",
  "long",
  "_n",
  "_N",
  "_pi",
  "_pred",
  "_rc",
  "_skip",
  "strL",
  "using",
  "with",
]);
const EXTENDED = /^\.[a-z]$/;

function fail(where: string, message: string): never {
  throw new StataCheckError(`${where}: ${message}`);
}

function checkName(where: string, name: string, what = "variable name"): void {
  if (!NAME.test(name)) fail(where, `invalid ${what} "${name}"`);
  if ([...name].length > 32) fail(where, `${what} "${name}" is longer than 32 characters`);
  if (RESERVED.has(name) || /^str[0-9]+$/.test(name)) fail(where, `${what} "${name}" is reserved`);
}

/** Step 1: drop comments, join `///` lines. Returns logical lines with their first line number. */
export function logicalLines(doFile: string): { line: number; text: string }[] {
  if (doFile.startsWith("\uFEFF")) fail("line 1", "byte order mark");
  const lines = doFile.split(/\r?\n/);
  const out: { line: number; text: string }[] = [];
  let pending: { line: number; text: string } | null = null;
  lines.forEach((raw, index) => {
    const where = `line ${index + 1}`;
    if (pending === null && /^\s*\*/.test(raw)) {
      if (/\/\*|\*\/|\/\/\/\s*$/.test(raw))
        fail(where, "a comment line that opens, closes or continues a comment");
      if (/[`$]/.test(raw)) fail(where, "a comment line with a macro character");
      return;
    }
    let text = raw;
    let continues = false;
    const continuation = /(^|\s)\/\/\/\s*$/.exec(text);
    if (continuation) {
      continues = true;
      text = text.slice(0, continuation.index);
    }
    if (/\/\*|\*\/|\/\//.test(text)) fail(where, `comment marker in a command: ${raw}`);
    if (pending) pending.text += ` ${text.trim()}`;
    else pending = { line: index + 1, text: text.trim() };
    if (!continues) {
      if (pending.text !== "") out.push(pending);
      pending = null;
    }
  });
  if (pending) fail("end", "the last line continues with ///");
  return out;
}

/** Step 2: Stata's macro expansion, allowing only escapes and `` `=char(N)' ``. */
export function expandMacros(text: string, where: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const next = text[i + 1];
    if (char === "\\" && (next === "\\" || next === "$" || next === "`")) {
      out += next;
      i++;
    } else if (char === "$") fail(where, "unescaped $ (a global macro)");
    else if (char === "`" && next === '"') out += char;
    else if (char === "`") {
      const expression = /^`=char\(([0-9]+)\)'/.exec(text.slice(i));
      if (!expression) fail(where, `a local macro: ${text.slice(i, i + 20)}`);
      const code = Number(expression[1]);
      if (code < 32 || code > 126) fail(where, `char(${code}) is not printable ASCII`);
      out += String.fromCharCode(code);
      i += expression[0].length - 1;
    } else out += char;
  }
  return out;
}

export type Token = { kind: "string"; text: string } | { kind: "word"; text: string };

/** Step 3: words, punctuation and strings (plain or compound, not nested). */
export function tokenize(text: string, where: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (/\s/.test(char)) {
      i++;
    } else if (char === "`" && text[i + 1] === '"') {
      const end = text.indexOf(`"'`, i + 2);
      if (end === -1) fail(where, "unclosed compound quotes");
      const body = text.slice(i + 2, end);
      if (body.includes('`"')) fail(where, "nested compound quotes");
      tokens.push({ kind: "string", text: body });
      i = end + 2;
    } else if (char === '"') {
      const end = text.indexOf('"', i + 1);
      if (end === -1) fail(where, "unclosed quotes");
      const body = text.slice(i + 1, end);
      if (body.endsWith("`")) fail(where, "a backtick before a closing quote opens compound quotes");
      tokens.push({ kind: "string", text: body });
      i = end + 1;
    } else if ("(),=[]\\".includes(char)) {
      tokens.push({ kind: "word", text: char });
      i++;
    } else {
      const word = /^[^\s(),=[\]"\\`]+/.exec(text.slice(i))?.[0];
      if (!word) fail(where, `unexpected ${JSON.stringify(char)}`);
      tokens.push({ kind: "word", text: word });
      i += word.length;
    }
  }
  return tokens;
}

/** 1-based column positions of a numlist such as `1/7 9 11/30`. */
function numlist(text: string, where: string): number[] {
  const out: number[] = [];
  for (const part of text.trim().split(/\s+/)) {
    const range = /^([0-9]+)(?:\/([0-9]+))?$/.exec(part);
    if (!range) fail(where, `bad numlist "${text}"`);
    const start = Number(range[1]);
    const end = Number(range[2] ?? range[1]);
    if (end < start) fail(where, `bad numlist "${text}"`);
    for (let n = start; n <= end; n++) out.push(n);
  }
  return out;
}

/** Milliseconds since 01jan1960 00:00:00 for `YYYY-MM-DD HH:MM:SS`, as Stata's clock(s, "YMDhms"). */
function clock(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return Date.UTC(y as number, (mo as number) - 1, d, h, mi, s) - Date.UTC(1960, 0, 1);
}

/** Read the do-file, run it on the CSV text of its data file, or throw StataCheckError. */
export function runStataDoFile(doFile: string, files: Readonly<Record<string, string>>): StataRun {
  let variables: StataVariable[] = [];
  let observations = 0;
  const valueLabels = new Map<string, Map<string, string>>();
  const dataChars = new Map<string, string>();
  let dataLabel: string | null = null;
  const commands: string[] = [];

  const find = (name: string): StataVariable | undefined => variables.find((v) => v.name === name);
  const existing = (where: string, name: string): StataVariable => {
    const variable = find(name);
    if (!variable) fail(where, `variable ${name} not found`);
    return variable;
  };
  const create = (where: string, name: string, type: "string" | "numeric", values: StataValue[]): void => {
    checkName(where, name);
    if (variables.some((v) => v.name.toLowerCase() === name.toLowerCase()))
      fail(where, `variable ${name} already defined`);
    variables.push({ name, type, label: null, valueLabel: null, format: null, chars: new Map(), values });
  };
  const words = (where: string, tokens: readonly Token[]): string[] =>
    tokens.map((token) => {
      if (token.kind !== "word") fail(where, `unexpected string "${token.text}"`);
      return token.text;
    });
  const text = (where: string, token: Token | undefined): string => {
    if (token?.kind !== "string") fail(where, "expected a quoted string");
    return token.text;
  };
  /** Split `… , options` into the part before the comma and `name(args)` / bare options. */
  const options = (where: string, tokens: readonly Token[]) => {
    const comma = tokens.findIndex((t) => t.kind === "word" && t.text === ",");
    const head = comma === -1 ? [...tokens] : tokens.slice(0, comma);
    const found = new Map<string, Token[]>();
    const rest = comma === -1 ? [] : tokens.slice(comma + 1);
    for (let i = 0; i < rest.length; i++) {
      const name = rest[i];
      if (name?.kind !== "word" || !/^[a-z]+$/.test(name.text)) fail(where, "bad option list");
      const args: Token[] = [];
      const isWord = (token: Token | undefined, value: string): boolean =>
        token?.kind === "word" && token.text === value;
      if (isWord(rest[i + 1], "(")) {
        let depth = 0;
        for (i += 1; i < rest.length; i++) {
          const token = rest[i] as Token;
          if (isWord(token, "(")) {
            depth++;
            if (depth === 1) continue;
          } else if (isWord(token, ")")) {
            depth--;
            if (depth === 0) break;
          }
          args.push(token);
        }
        if (depth !== 0) fail(where, `unclosed option ${name.text}(`);
      }
      if (found.has(name.text)) fail(where, `option ${name.text} twice`);
      found.set(name.text, args);
    }
    return { head, found };
  };
  const joined = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join(" ");

  for (const { line, text: raw } of logicalLines(doFile)) {
    const where = `line ${line}`;
    const expanded = expandMacros(raw, where);
    commands.push(expanded);
    const tokens = tokenize(expanded, where);
    const [first, second] = tokens;
    const command = first?.text ?? "";
    if (first?.kind !== "word") fail(where, "a command must start with a word");

    if (command === "version") {
      if (!/^1[4-9]$/.test(second?.text ?? "") || tokens.length !== 2) fail(where, "version 14 or newer");
    } else if (command === "clear") {
      if (tokens.length !== 1) fail(where, "clear takes nothing");
      variables = [];
      observations = 0;
    } else if (command === "import" && second?.text === "delimited") {
      if (tokens[2]?.text !== "using") fail(where, "import delimited using FILE");
      const file = text(where, tokens[3]);
      const { head, found } = options(where, tokens.slice(4));
      if (head.length !== 0) fail(where, "only the file name before the options");
      const known = [
        "clear",
        "encoding",
        "delimiters",
        "bindquotes",
        "stripquotes",
        "varnames",
        "rowrange",
        "stringcols",
        "numericcols",
        "asdouble",
      ];
      for (const name of found.keys()) if (!known.includes(name)) fail(where, `unknown option ${name}`);
      const expect = (name: string, value: string): void => {
        const got = found.get(name);
        if (!got || joined(got) !== value) fail(where, `${name}(${value}) is required`);
      };
      expect("encoding", "utf-8");
      expect("delimiters", ",");
      expect("bindquotes", "strict");
      expect("varnames", "nonames");
      expect("rowrange", "2");
      if (!found.has("clear")) fail(where, "clear is required");
      const csv = files[file];
      if (csv === undefined) fail(where, `no file "${file}" next to the do-file`);
      const [header = [], ...rows] = parseCsv(csv.replace(/^\uFEFF/, ""));
      const n = header.length;
      const strings = numlist(joined(found.get("stringcols") ?? []), where);
      const numbers = numlist(joined(found.get("numericcols") ?? []), where);
      const all = [...strings, ...numbers].sort((a, b) => a - b);
      if (all.length !== n || all.some((position, index) => position !== index + 1))
        fail(where, `stringcols and numericcols must type each of the ${n} columns once`);
      if (numbers.length > 0 && !found.has("asdouble")) fail(where, "numbers need asdouble");
      variables = [];
      observations = rows.length;
      for (let column = 1; column <= n; column++) {
        const numeric = numbers.includes(column);
        const values = rows.map((row, index): StataValue => {
          if (row.length !== n) fail(where, `row ${index + 2} has ${row.length} fields, not ${n}`);
          const cell = row[column - 1] as string;
          if (!numeric) return cell;
          if (cell === "") return null;
          const value = Number(cell);
          if (!Number.isFinite(value))
            fail(where, `row ${index + 2} column ${column}: "${cell}" is not a number`);
          return value;
        });
        create(where, `v${column}`, numeric ? "numeric" : "string", values);
      }
    } else if (command === "rename") {
      const [from, to] = words(where, tokens.slice(1));
      if (tokens.length !== 3 || !from || !to) fail(where, "rename OLD NEW");
      const variable = existing(where, from);
      if (variables.some((v) => v !== variable && v.name.toLowerCase() === to.toLowerCase()))
        fail(where, `variable ${to} already defined`);
      checkName(where, to);
      variable.name = to;
    } else if (command === "generate") {
      const typeWord = second?.text ?? "";
      const [name, equals, ...expression] = tokens.slice(2);
      if (!/^(byte|int|long|float|double|str[0-9]+)$/.test(typeWord)) fail(where, "generate TYPE NAME = EXP");
      if (equals?.text !== "=" || name?.kind !== "word") fail(where, "generate TYPE NAME = EXP");
      const string = typeWord.startsWith("str");
      const exp = expression.map((t) => (t.kind === "string" ? JSON.stringify(t.text) : t.text)).join("");
      let values: StataValue[];
      if (!string && exp === ".") values = Array.from({ length: observations }, () => null);
      else if (string && exp === '""') values = Array.from({ length: observations }, () => "");
      else {
        const call = /^clock\(([A-Za-z_][A-Za-z0-9_]*),"YMDhms"\)$/.exec(exp);
        if (string || typeWord !== "double" || !call) fail(where, `unsupported expression ${exp}`);
        const source = existing(where, call[1] as string);
        if (source.type !== "string") fail(where, "clock() needs a string");
        values = source.values.map((value) => {
          if (value === "" || value === null) return null;
          const ms = clock(String(value));
          if (ms === null) fail(where, `clock() cannot read "${value}"`);
          return ms;
        });
      }
      create(where, name.text, string ? "string" : "numeric", values);
    } else if (command === "replace") {
      const [name, equals, ...rest] = tokens.slice(1);
      if (name?.kind !== "word" || equals?.text !== "=") fail(where, "replace NAME = EXP [if COND]");
      const variable = existing(where, name.text);
      const ifAt = rest.findIndex((t) => t.kind === "word" && t.text === "if");
      const expTokens = ifAt === -1 ? rest : rest.slice(0, ifAt);
      const condTokens = ifAt === -1 ? [] : rest.slice(ifAt + 1);
      const render = (list: readonly Token[]): string =>
        list.map((t) => (t.kind === "string" ? JSON.stringify(t.text) : t.text)).join("");
      const exp = render(expTokens);
      const cond = render(condTokens);
      let test: (index: number) => boolean = () => true;
      const equalsString = /^([A-Za-z_][A-Za-z0-9_]*)==("(?:[^"\\]|\\.)*")$/.exec(cond);
      const firstQuote = /^substr\(([A-Za-z_][A-Za-z0-9_]*),1,1\)==char\(39\)$/.exec(cond);
      if (equalsString) {
        const source = existing(where, equalsString[1] as string);
        if (source.type !== "string") fail(where, "comparing a number with a string");
        const wanted = JSON.parse(equalsString[2] as string) as string;
        test = (index) => source.values[index] === wanted;
      } else if (firstQuote) {
        const source = existing(where, firstQuote[1] as string);
        if (source.type !== "string") fail(where, "substr() needs a string");
        test = (index) => String(source.values[index] ?? "").startsWith("'");
      } else if (cond !== "") fail(where, `unsupported condition ${cond}`);
      const substring = /^substr\(([A-Za-z_][A-Za-z0-9_]*),2,\.\)$/.exec(exp);
      let value: (index: number) => StataValue;
      if (/^-?[0-9]+$/.test(exp)) {
        if (variable.type !== "numeric") fail(where, "a number into a string variable");
        value = () => Number(exp);
      } else if (substring) {
        const source = existing(where, substring[1] as string);
        if (source.type !== "string" || variable.type !== "string") fail(where, "substr() on a number");
        value = (index) => String(source.values[index] ?? "").slice(1);
      } else fail(where, `unsupported expression ${exp}`);
      variable.values = variable.values.map((old, index) => (test(index) ? value(index) : old));
    } else if (command === "order") {
      const { head, found } = options(where, tokens.slice(1));
      const [name] = words(where, head);
      const after = joined(found.get("after") ?? []);
      if (head.length !== 1 || !name || found.size !== 1 || after === "")
        fail(where, "order NAME, after(NAME)");
      const moved = existing(where, name);
      existing(where, after);
      variables = variables.filter((v) => v !== moved);
      variables.splice(variables.findIndex((v) => v.name === after) + 1, 0, moved);
    } else if (command === "drop") {
      const names = words(where, tokens.slice(1));
      if (names.length === 0) fail(where, "drop VARLIST");
      const dropped = names.map((name) => existing(where, name));
      variables = variables.filter((v) => !dropped.includes(v));
    } else if (command === "mvdecode") {
      const { head, found } = options(where, tokens.slice(1));
      const targets = words(where, head).map((name) => existing(where, name));
      if (targets.length === 0 || found.size !== 1) fail(where, "mvdecode VARLIST, mv(RULES)");
      const rules = new Map<number, StataValue>();
      for (const rule of joined(found.get("mv") ?? []).split("\\")) {
        const match = /^\s*(-?[0-9]+)\s*=\s*(\.[a-z])\s*$/.exec(rule);
        if (!match) fail(where, `bad mv() rule "${rule}"`);
        rules.set(Number(match[1]), match[2] as StataValue);
      }
      for (const variable of targets) {
        if (variable.type !== "numeric") fail(where, `mvdecode on string variable ${variable.name}`);
        variable.values = variable.values.map((value) =>
          typeof value === "number" && rules.has(value) ? (rules.get(value) as StataValue) : value,
        );
      }
    } else if (command === "label" && second?.text === "define") {
      const { head, found } = options(where, tokens.slice(2));
      const [name, ...pairs] = head;
      if (name?.kind !== "word") fail(where, "label define NAME …");
      checkName(where, name.text, "value label name");
      for (const option of found.keys()) if (option !== "replace") fail(where, `unknown option ${option}`);
      if (valueLabels.has(name.text) && !found.has("replace"))
        fail(where, `label ${name.text} already defined`);
      if (pairs.length === 0 || pairs.length % 2 !== 0) fail(where, "label define NAME VALUE TEXT …");
      const labels = new Map<string, string>();
      for (let i = 0; i < pairs.length; i += 2) {
        const value = pairs[i] as Token;
        if (value.kind !== "word" || !(/^-?[0-9]+$/.test(value.text) || EXTENDED.test(value.text)))
          fail(where, `bad value ${value.text}`);
        if (labels.has(value.text)) fail(where, `value ${value.text} labelled twice`);
        const label = text(where, pairs[i + 1]);
        if ([...label].length > 32000) fail(where, "value label over 32,000 characters");
        labels.set(value.text, label);
      }
      valueLabels.set(name.text, labels);
    } else if (command === "label" && second?.text === "values") {
      const names = words(where, tokens.slice(2));
      const label = names.pop();
      if (!label || names.length === 0) fail(where, "label values VARLIST LABEL");
      if (!valueLabels.has(label)) fail(where, `value label ${label} is not defined`);
      for (const name of names) {
        const variable = existing(where, name);
        if (variable.type !== "numeric") fail(where, `may not label strings: ${name}`);
        variable.valueLabel = label;
      }
    } else if (command === "label" && second?.text === "variable") {
      const name = tokens[2];
      if (name?.kind !== "word" || tokens.length !== 4) fail(where, 'label variable NAME "TEXT"');
      const label = text(where, tokens[3]);
      if ([...label].length > 80) fail(where, `variable label over 80 characters: ${label}`);
      existing(where, name.text).label = label;
    } else if (command === "label" && second?.text === "data") {
      if (tokens.length !== 3) fail(where, 'label data "TEXT"');
      dataLabel = text(where, tokens[2]);
      if ([...dataLabel].length > 80) fail(where, "data label over 80 characters");
    } else if (command === "format") {
      const names = words(where, tokens.slice(1));
      const format = names.pop() ?? "";
      if (!/^%(?:[0-9]+\.[0-9]+[fg]|tc[A-Za-z0-9_:.-]*)$/.test(format)) fail(where, `bad format ${format}`);
      for (const name of names) {
        const variable = existing(where, name);
        if (variable.type !== "numeric") fail(where, `numeric format on string ${name}`);
        variable.format = format;
      }
    } else if (command === "char") {
      const [owner, open, charName, close, value] = tokens.slice(1);
      if (
        tokens.length !== 6 ||
        owner?.kind !== "word" ||
        open?.text !== "[" ||
        charName?.kind !== "word" ||
        close?.text !== "]"
      )
        fail(where, 'char NAME[CHARNAME] "TEXT"');
      checkName(where, charName.text, "characteristic name");
      const content = text(where, value);
      if (content.length > 67_784) fail(where, "characteristic too long");
      if (owner.text === "_dta") dataChars.set(charName.text, content);
      else existing(where, owner.text).chars.set(charName.text, content);
    } else fail(where, `command not allowed here: ${expanded}`);
  }

  return {
    variables,
    valueLabels,
    dataLabel,
    dataChars,
    commands,
    get(name) {
      const variable = find(name);
      if (!variable) throw new StataCheckError(`no variable ${name}`);
      return variable;
    },
    shown(name, observation) {
      const variable = this.get(name);
      const value = variable.values[observation];
      if (value === undefined) throw new StataCheckError(`no observation ${observation}`);
      const label = variable.valueLabel
        ? valueLabels.get(variable.valueLabel)?.get(String(value))
        : undefined;
      return label ?? (value === null ? "." : String(value));
    },
  };
}
