/**
 * One file of `cigd check`, from path to what gets printed: read, judge and
 * render (the readable report or the --json element, and the stderr message
 * for bad input). The main thread and the worker threads run this same code.
 */
import { hasErrors } from '../engine.ts';
import { checkFile, describeBadInput, outcomeAsVerdict } from './check.ts';
import { formatVerdict } from './report.ts';
import { ansiStyle, plainStyle } from './style.ts';

export type RenderOptions = { today: string; json: boolean; colour: boolean };

/** 0 compliant, 1 with an error finding, 2 not judged (unreadable, not JSON, not a draft). */
export type FileStatus = 0 | 1 | 2;

export type RenderedFile = {
  status: FileStatus;
  /** The readable report (without --json). */
  report?: string;
  /** The --json array element. */
  json?: string;
  /** The message for stderr, for bad input. */
  message?: string;
};

export function renderFile(file: string, options: RenderOptions): RenderedFile {
  const outcome = checkFile(file, { today: options.today });
  const rendered: RenderedFile =
    outcome.kind === 'verdict'
      ? {
          status: hasErrors(outcome.verdict) ? 1 : 0,
          report: options.json ? undefined : formatVerdict(file, outcome.verdict, options.colour ? ansiStyle : plainStyle),
        }
      : { status: 2, message: `cigd: ${describeBadInput(outcome)}` };
  if (options.json) rendered.json = JSON.stringify(outcomeAsVerdict(outcome));
  return rendered;
}
