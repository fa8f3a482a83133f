/**
 * Read-aloud buttons (src/components/ReadAloud.astro). The buttons are rendered
 * hidden: this script shows each one that has something to play, and one shared
 * controller plays one entry at a time. Nothing is fetched before a tap.
 *
 * While it reads, the button says "Stop" and is `aria-pressed="true"`: people who read
 * little need the word on the button to match what a tap will do, and the visible
 * word is its name (WCAG 2.5.3). The words swap by CSS on `aria-pressed`, which this
 * script sets (`show`), so the script needs no text in any language. Focus never
 * moves and nothing is announced.
 */
import { chooseSource, matchingVoice } from "../lib/audio/source.ts";

interface Segment {
  text: string;
  lang: string;
}

interface Playing {
  button: HTMLButtonElement;
  stop: () => void;
}

const synth = "speechSynthesis" in window ? window.speechSynthesis : undefined;
const buttons = [...document.querySelectorAll<HTMLButtonElement>("button[data-read-aloud]")];
let current: Playing | undefined;

function deviceVoice(lang: string): SpeechSynthesisVoice | undefined {
  return synth ? matchingVoice(synth.getVoices(), lang) : undefined;
}

function sourceOf(button: HTMLButtonElement) {
  const { recording, generated, lang = "" } = button.dataset;
  return chooseSource({
    recording: Boolean(recording),
    deviceVoice: Boolean(deviceVoice(lang)),
    generated: Boolean(generated),
  });
}

/** `data-state` (idle, loading, playing) is for styling and tests; `aria-pressed` for people. */
function show(button: HTMLButtonElement, state: "idle" | "loading" | "playing"): void {
  button.setAttribute("aria-pressed", String(state !== "idle"));
  button.dataset.state = state;
}

/** Back to idle, unless another entry took over in the meantime. */
function done(button: HTMLButtonElement): void {
  if (current?.button !== button) return;
  current = undefined;
  show(button, "idle");
}

function playFile(button: HTMLButtonElement, url: string): () => void {
  const audio = new Audio(url);
  audio.addEventListener("playing", () => current?.button === button && show(button, "playing"));
  audio.addEventListener("ended", () => done(button));
  audio.addEventListener("error", () => done(button));
  audio.play().catch(() => done(button));
  return () => {
    audio.pause();
    // Stops a download still under way.
    audio.removeAttribute("src");
    audio.load();
  };
}

function speak(button: HTMLButtonElement, speech: SpeechSynthesis): () => void {
  const segments = JSON.parse(button.dataset.speech ?? "[]") as Segment[];
  speech.cancel();
  segments.forEach((segment, index) => {
    const utterance = new SpeechSynthesisUtterance(segment.text);
    // Each segment in its own language: a Dutch place name inside an Arabic sentence.
    utterance.lang = segment.lang;
    const voice = deviceVoice(segment.lang);
    if (voice) utterance.voice = voice;
    utterance.onstart = () => current?.button === button && show(button, "playing");
    utterance.onerror = () => done(button);
    if (index === segments.length - 1) utterance.onend = () => done(button);
    speech.speak(utterance);
  });
  return () => speech.cancel();
}

function stop(): void {
  const playing = current;
  if (!playing) return;
  current = undefined;
  playing.stop();
  show(playing.button, "idle");
}

function toggle(button: HTMLButtonElement): void {
  const wasThis = current?.button === button;
  stop();
  if (wasThis) return;
  const source = sourceOf(button);
  const url = source === "recording" ? button.dataset.recording : button.dataset.generated;
  if (!source || (source === "device" ? !synth : !url)) return;
  show(button, "loading");
  current = { button, stop: () => {} };
  current.stop = source === "device" && synth ? speak(button, synth) : playFile(button, url ?? "");
}

function reveal(): void {
  for (const button of buttons) if (sourceOf(button)) button.hidden = false;
}

for (const button of buttons) button.addEventListener("click", () => toggle(button));
// Voices load late in some browsers (Chrome): look again when they arrive.
synth?.addEventListener("voiceschanged", reveal);
// Leaving the page must not leave the phone talking.
window.addEventListener("pagehide", stop);
reveal();
