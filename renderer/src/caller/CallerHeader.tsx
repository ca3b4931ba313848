// The hall's name and the time of day.
import { useEffect, useState } from 'react';
import { formatHallTime } from '../../../electron/shared/hall-time';
import { useLang } from '../shared/useLang';

export function CallerHeader({ hallName }: { hallName: string }) {
  const { lang } = useLang();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  const date = new Intl.DateTimeFormat(lang, { month: 'long', day: 'numeric', weekday: 'long' }).format(now);
  const time = formatHallTime(now, 'time');
  return (
    <header className="caller-header">
      <h1>{hallName}</h1>
      <div className="caller-clock">
        <span>{date}</span>
        <strong>{time}</strong>
      </div>
    </header>
  );
}
