/**
 * Drives `npm run new` like a person at a keyboard: waits until a question is on
 * the screen, then types the answer's keys. Clack reads keypresses from stdin, so
 * a pipe works (no TTY: clack leaves raw mode alone); with `pty: true` the CLI runs
 * under util-linux `script`, in a real pseudo-terminal, as in a volunteer's shell.
 * `runWithAnswers` runs it the other way, with an `--answers` file.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "../content/helpers.ts";

/** A good answers file: a knitting club at an address, on Tuesday afternoons. */
export const breiclubAnswers = {
  type: "activity",
  title: "Breiclub",
  summary: "Samen breien en haken. Kom gewoon langs.",
  address: "Parkweg 3, Rivierwijk",
  needs: ["create", "meet"],
  times: [{ days: ["tu"], from: "14:00", to: "16:00" }],
  cost: "2,50",
  languages: ["nl", "tr"],
  walkIn: true,
  hostRole: "volunteer",
};

/** The CLI under test. */
export const newCli = path.join(repoRoot, "src/cli/new.ts");

/**
 * The environment of a run on the content folder `content`, without colours, in a
 * terminal whose locale is `locale` (`nl_NL.UTF-8`; default `C.UTF-8`, which the
 * tools speak English in), whatever the locale of the machine running the tests.
 */
export function cliEnv(content: string, locale = "C.UTF-8"): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, BUURTGIDS_CONTENT: content, FORCE_COLOR: "0" };
  delete env["LC_ALL"];
  delete env["LC_MESSAGES"];
  env["LANG"] = locale;
  return env;
}

/** How to run the CLI: more arguments (`--lang nl`) and the terminal's locale. */
export interface RunOptions {
  args?: readonly string[];
  locale?: string;
}

/** Runs `node src/cli/new.ts --answers <file>` on `content`, with `data` as the file. */
export function runWithAnswers(
  content: string,
  data: unknown,
  options: RunOptions = {},
): { status: number | null; stdout: string; stderr: string; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "buurtgids-answers-"));
  try {
    const file = path.join(dir, "answers.json");
    fs.writeFileSync(file, JSON.stringify(data));
    const args = [newCli, "--answers", file, ...(options.args ?? [])];
    const result = spawnSync(process.execPath, args, {
      cwd: repoRoot,
      env: cliEnv(content, options.locale),
      encoding: "utf8",
      timeout: 60_000,
    });
    const { status, stdout, stderr } = result;
    return { status, stdout, stderr, output: `${stdout}${stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const keys = {
  enter: "\r",
  down: "\u001b[B",
  space: " ",
} as const;

/** One question: text that shows it is on screen, then the keys to type. */
export interface Step {
  waitFor: string;
  type: string;
}

export interface DriveResult {
  status: number | null;
  /** Everything printed, without terminal colour and cursor codes. */
  output: string;
}

/** Removes ANSI escape sequences (colours, cursor moves). */
export function plain(text: string): string {
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "").replace(/\u001b[()][0-9A-B]/g, "");
}

/** Runs `command` with `args`, answering `steps` in order; fails after `timeoutMs`. */
export function drive(
  command: string,
  args: string[],
  steps: readonly Step[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<DriveResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env });
    let raw = "";
    let seenUpTo = 0;
    let next = 0;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `no answer to "${steps[next]?.waitFor ?? "(end)"}" in time; screen:\n${plain(raw).slice(-1500)}`,
        ),
      );
    }, options.timeoutMs ?? 30_000);
    const advance = () => {
      while (next < steps.length) {
        const step = steps[next]!;
        const screen = plain(raw);
        const at = screen.indexOf(step.waitFor, seenUpTo);
        if (at < 0) return;
        seenUpTo = at + step.waitFor.length;
        next++;
        // A short pause: the prompt starts listening right after it is drawn.
        setTimeout(() => child.stdin.write(step.type), 80);
      }
      setTimeout(() => child.stdin.end(), 300);
    };
    child.stdout.on("data", (chunk: Buffer) => {
      raw += chunk.toString("utf8");
      advance();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      raw += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, output: plain(raw) });
    });
  });
}
