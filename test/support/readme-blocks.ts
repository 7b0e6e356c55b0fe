/** Code blocks of a Markdown file, and the shell commands in its `sh` blocks, as a reader would type them. */

export interface CodeBlock {
  lang: string;
  /** The line of the opening fence, 1-based. */
  line: number;
  text: string;
}

export interface ShellCommand {
  /** The command on one line: continuations joined, comments dropped, spaces collapsed (to read and match). */
  text: string;
  /** The command as written, to run. */
  source: string;
  /** Its first line in the Markdown file, 1-based. */
  line: number;
}

export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let open: CodeBlock | undefined;
  markdown.split('\n').forEach((text, i) => {
    const fence = /^```(\S*)/.exec(text);
    if (!fence) {
      if (open) open.text += `${text}\n`;
    } else if (open) {
      blocks.push(open);
      open = undefined;
    } else {
      open = { lang: fence[1]!, line: i + 1, text: '' };
    }
  });
  return blocks;
}

/**
 * The commands of a shell block: a newline ends one unless it is inside quotes or `$( )`, or
 * escaped; `#` starts a comment where a word could start. Enough of sh for what a README shows.
 */
export function shellCommands(block: CodeBlock): ShellCommand[] {
  const src = block.text;
  const commands: ShellCommand[] = [];
  let text = '';
  let start = -1;
  let startLine = 0;
  let quote: "'" | '"' | undefined;
  let depth = 0;
  let line = block.line + 1;
  const end = (at: number) => {
    if (text.trim()) commands.push({ text: text.trim().replace(/\s+/g, ' '), source: src.slice(start, at).trim(), line: startLine });
    text = '';
    start = -1;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (start < 0 && !/\s/.test(c) && c !== '#') {
      start = i;
      startLine = line;
    }
    if (c === '\n') line++;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      text += c;
    } else if (c === '\\') {
      // an escaped newline joins lines; any other escaped character is kept as written
      if (src[i + 1] === '\n') line++;
      text += src[i + 1] === '\n' ? ' ' : c + (src[i + 1] ?? '');
      i++;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '$' && src[i + 1] === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
      text += c;
    } else if (c === '#' && (text === '' || /\s$/.test(text))) {
      // a comment: the command so far ends where it starts
      const stop = i;
      while (i + 1 < src.length && src[i + 1] !== '\n') i++;
      if (depth === 0 && text.trim()) end(stop);
    } else if (c === '\n' && depth === 0) {
      end(i);
    } else {
      if (c === "'" || c === '"') quote = c;
      else if (c === '$' && src[i + 1] === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
      text += c;
    }
  }
  end(src.length);
  return commands;
}

/** The program a command runs: its first word after any `NAME=value` assignments, or `=` for a bare assignment. */
export function programOf(command: string): string {
  const rest = command.replace(/^(\w+=("[^"]*"|'[^']*'|\$\((?:[^()]|\([^()]*\))*\)|\S*)\s*)+/, '');
  return rest === '' ? '=' : rest.split(/\s+/)[0]!;
}
