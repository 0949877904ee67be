import { useEffect, useState } from "preact/hooks";

type Props = { dueAt: string; onOnIt: () => void };

/**
 * The line warned that this conversation's first reply is due soon: the seconds left, and "I'm on it" to
 * move the deadline a full time-out ahead. Replying stops the clock too.
 */
export function ReplyCountdown({ dueAt, onOnIt }: Props) {
  const left = () => Math.max(0, Math.ceil((Date.parse(dueAt) - Date.now()) / 1000));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    const timer = setInterval(() => setSeconds(left()), 1000);
    return () => clearInterval(timer);
  });
  return (
    <p class="reply-due" role="alert">
      Reply within {seconds} s, or this chat goes to another agent if one is free.{" "}
      <button type="button" class="secondary" onClick={onOnIt}>
        I'm on it
      </button>
    </p>
  );
}
