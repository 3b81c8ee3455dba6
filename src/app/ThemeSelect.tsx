import { setThemeChoice, useTheme, type ThemeChoice } from '../ui/theme';

/** Light, dark, or follow the system; remembered in this browser. */
export function ThemeSelect() {
  const { choice } = useTheme();
  return (
    <label className="theme-select">
      Theme{' '}
      <select value={choice} onChange={(e) => setThemeChoice(e.target.value as ThemeChoice)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
