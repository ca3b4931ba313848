// The hall's scrolling notice (config.saveHall `screenNotice`), along the bottom of the hall screen;
// it arrives with hall.changed, so a new one starts scrolling at once, and none shows nothing.
export function ScreenNotice({ text }: { text: string }) {
  if (text.trim() === '') return null;
  // About as fast for a short notice as for a long one: the time grows with the length.
  const seconds = Math.max(14, Math.round(text.length * 0.45));
  return (
    <div className="screen-notice" data-testid="screen-notice" aria-live="polite">
      <span key={text} style={{ animationDuration: `${seconds}s` }}>
        {text}
      </span>
    </div>
  );
}
