import { drive, keys } from "./tests/unit/new-entry/drive.ts";
const { enter, down, space } = keys;
const steps = [
  { waitFor: "What kind of entry", type: enter },
  { waitFor: "Title", type: "Praatgroep op vrijdag" + enter },
  { waitFor: "Summary", type: "Samen praten over wat je meemaakt." + enter },
  { waitFor: "Where is it?", type: down + enter },
  { waitFor: "What is it for?", type: down + space + down + space + enter },
  { waitFor: "Which days?", type: down.repeat(4) + space + enter },
  { waitFor: "From what time?", type: "19:00" + enter },
  { waitFor: "Until what time?", type: "21:00" + enter },
  { waitFor: "another day or time", type: "y" },
  { waitFor: "Which days (another time)?", type: down.repeat(5) + space + enter },
  { waitFor: "From what time?", type: "10:00" + enter },
  { waitFor: "Until what time?", type: "12:00" + enter },
  { waitFor: "another day or time", type: "n" },
  { waitFor: "What does it cost?", type: enter },
  { waitFor: "Which languages", type: down + space + enter },
  { waitFor: "Other languages?", type: "so" + enter },
  { waitFor: "Phone number", type: "06 11112222" + enter },
  { waitFor: "Who do people meet", type: enter },
  { waitFor: "From which organisation", type: "Stichting Samen Verder" + enter },
  { waitFor: "Only for women?", type: "n" },
  { waitFor: "just walk in", type: "y" },
  { waitFor: "What to expect", type: "Je mag ook alleen luisteren." + enter },
];
const pty = process.argv.includes("pty");
const r = await drive(pty ? "script" : process.execPath, pty ? ["-qfec", `stty cols 120 rows 40; ${process.execPath} src/cli/new.ts`, "/dev/null"] : ["src/cli/new.ts"], steps, { cwd: "/work/main", env: { ...process.env, BUURTGIDS_CONTENT: process.argv[2] } });
console.log(r.status); console.log(r.output.slice(-1200));
