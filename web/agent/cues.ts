const BASE_TITLE = "Baton · Agent";

/** The tab's title carries the unread count, so an agent in another tab sees it in the tab strip. */
export function showUnreadInTitle(unread: number): void {
  document.title = unread > 0 ? `(${unread}) ${BASE_TITLE}` : BASE_TITLE;
}

let audio: AudioContext | null = null;

/** A short two-note chime (no sound file to load); silent where the browser has not allowed audio yet. */
export function chime(): void {
  try {
    audio ??= new AudioContext();
    const now = audio.currentTime;
    for (const [i, frequency] of [660, 880].entries()) {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.08, now + i * 0.12);
      gain.gain.exponentialRampToValueAtTime(0.001, now + i * 0.12 + 0.18);
      tone.connect(gain).connect(audio.destination);
      tone.start(now + i * 0.12);
      tone.stop(now + i * 0.12 + 0.2);
    }
  } catch {
    // No audio here (autoplay policy, no device): the title still says it.
  }
}

/** Asked when the agent goes online (a click, which browsers require for the prompt). */
export function askForNotifications(): void {
  if ("Notification" in window && Notification.permission === "default") {
    Notification.requestPermission().catch(() => undefined);
  }
}

/** A desktop notification while the app is in the background, when the agent allowed them. */
export function notify(title: string, body: string): void {
  if (!("Notification" in window) || Notification.permission !== "granted" || !document.hidden) return;
  try {
    new Notification(title, { body, tag: title });
  } catch {
    // Some browsers only notify from a service worker; the title and sound remain.
  }
}

/** A new assignment or customer message: sound, and a notification when the app is not in front. */
export function cue(title: string, body: string): void {
  chime();
  notify(title, body);
}
