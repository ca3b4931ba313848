// The hall's name, the date and the time of day, in the hall's time zone (the hall view's `timeZone`),
// not the zone of whatever PC drives the TV.
import { useEffect, useState } from 'react';
import { formatHallTime, isTimeZone } from '../../../electron/shared/hall-time';
import { useLang } from '../shared/useLang';

export function CallerHeader({ hallName, timeZone }: { hallName: string; timeZone: string | undefined }) {
  const { lang } = useLang();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  const zone = timeZone && isTimeZone(timeZone) ? timeZone : undefined;
  const date = new Intl.DateTimeFormat(lang, { month: 'long', day: 'numeric', weekday: 'long', timeZone: zone }).format(now);
  return (
    <header className="caller-header">
      <h1 data-testid="caller-hall-name">{hallName}</h1>
      <div className="caller-clock" data-testid="caller-clock">
        <span data-testid="caller-date">{date}</span>
        <strong data-testid="caller-time">{formatHallTime(now, 'time', zone)}</strong>
      </div>
    </header>
  );
}
