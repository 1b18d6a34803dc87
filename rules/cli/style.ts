/**
 * Terminal styling for the readable report: ANSI colours only when the output
 * is a terminal and the user has not asked for none (NO_COLOR, no-color.org:
 * any non-empty value turns colours off).
 */
export type Style = {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
};

function wrap(open: number, close: number): (text: string) => string {
  return (text) => `\x1b[${open}m${text}\x1b[${close}m`;
}

const identity = (text: string) => text;

export const plainStyle: Style = {
  bold: identity, dim: identity, red: identity, yellow: identity, cyan: identity, green: identity,
};

export const ansiStyle: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  green: wrap(32, 39),
};

export function useColour(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  const noColour = env.NO_COLOR;
  return !!isTTY && (noColour === undefined || noColour === '');
}
